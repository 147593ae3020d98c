using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace RoomClients.Telemetry;

/// <summary>The activity source and instruments, one set per service provider (the meter comes from <see cref="IMeterFactory"/>).</summary>
internal sealed class RoomClientsInstruments : IDisposable
{
    private readonly Meter? _ownedMeter;

    public RoomClientsInstruments(IMeterFactory? meterFactory)
    {
        var meter = meterFactory?.Create(RoomClientsTelemetry.MeterName) ?? (_ownedMeter = new Meter(RoomClientsTelemetry.MeterName));
        Source = new ActivitySource(RoomClientsTelemetry.SourceName);
        Requests = meter.CreateCounter<long>(RoomClientsTelemetry.RequestsInstrument, "{operation}", "Room operations started.");
        Errors = meter.CreateCounter<long>(RoomClientsTelemetry.ErrorsInstrument, "{operation}", "Room operations that failed, by error type.");
        Duration = meter.CreateHistogram<double>(RoomClientsTelemetry.DurationInstrument, "s", "Duration of room operations.");
    }

    public ActivitySource Source { get; }

    public Counter<long> Requests { get; }

    public Counter<long> Errors { get; }

    public Histogram<double> Duration { get; }

    public void Dispose()
    {
        Source.Dispose();
        _ownedMeter?.Dispose();
    }
}
