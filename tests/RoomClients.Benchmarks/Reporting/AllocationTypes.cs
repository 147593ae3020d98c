using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace RoomClients.Benchmarks.Reporting;

/// <summary>Samples the runtime's GC allocation ticks (one event per ~100 KB allocated) by type name, while enabled.</summary>
internal sealed class AllocationTypes : EventListener
{
    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);

    public bool Recording { get; set; }

    public IEnumerable<KeyValuePair<string, long>> Top(int count) => _bytes.OrderByDescending(p => p.Value).Take(count);

    public void Clear() => _bytes.Clear();

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!Recording || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        var index = eventData.PayloadNames?.IndexOf("TypeName") ?? -1;
        var amount = eventData.PayloadNames?.IndexOf("AllocationAmount64") ?? -1;
        if (index >= 0 && eventData.Payload[index] is string type)
        {
            var bytes = amount >= 0 && eventData.Payload[amount] is ulong a ? (long)a : 100_000;
            _bytes.AddOrUpdate(type, bytes, (_, old) => old + bytes);
        }
    }
}
