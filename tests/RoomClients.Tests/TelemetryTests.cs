using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RoomClients.Telemetry;
using RoomClients.Testing;

namespace RoomClients.Tests;

public sealed class TelemetryTests
{
    [Fact]
    public async Task Participant_links_and_recordings_get_spans_and_logs_without_the_link()
    {
        var ct = TestContext.Current.CancellationToken;
        var name = $"telemetry-{Guid.NewGuid():N}";
        var activities = new ConcurrentQueue<Activity>();
        using var activityListener = ListenTo(name, activities);
        var logs = new ConcurrentQueue<string>();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new ListLoggerProvider(logs)));
        services.AddRoomClients(rooms => rooms.AddInMemory(name));
        await using var provider = services.BuildServiceProvider();
        var service = provider.GetRequiredService<IRoomService>();

        var room = await service.CreateRoomAsync(new CreateRoomRequest(), ct);
        var link = await service.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest { Role = RoomParticipantRole.Host, DisplayName = "Dr. Ada" }, ct);
        var recording = service.GetService<InMemoryRoomService>()!.AddRecording(room.Id);
        await foreach (var unused in service.ListRecordingsAsync(room.Id, ct))
        {
        }

        var download = await service.GetRecordingLinkAsync(room.Id, recording.Id, ct);
        await service.DeleteRecordingAsync(room.Id, recording.Id, ct);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => service.GetRecordingLinkAsync(room.Id, recording.Id, ct));

        Assert.Same(service.GetService<IRoomParticipantLinks>(), service.GetService<IRoomRecordings>()); // the telemetry stage offers both
        Assert.Equal(
            ["CreateRoom", "CreateParticipantLink", "ListRecordings", "GetRecordingLink", "DeleteRecording", "GetRecordingLink"],
            activities.Select(a => (string)a.GetTagItem("roomclients.operation")!));
        Assert.Equal("Host", activities.ElementAt(1).GetTagItem("roomclients.participant_role"));
        Assert.Equal(1, activities.ElementAt(2).GetTagItem("roomclients.recording_count"));
        Assert.Equal(ActivityStatusCode.Error, activities.Last().Status);
        var everything = string.Join("\n", logs.Concat(activities.SelectMany(a => a.Tags.Select(t => t.Value ?? string.Empty))));
        Assert.DoesNotContain(link.Url.Query, everything, StringComparison.Ordinal); // a link is a credential: never logged or tagged
        Assert.DoesNotContain(download.Url.ToString(), everything, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provider_without_links_or_recordings_is_offered_neither_through_the_telemetry_stage()
    {
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms.AddRoomService("plain", _ => new PlainRoomService()));
        using var provider = services.BuildServiceProvider();
        var service = provider.GetRequiredKeyedService<IRoomService>("plain");
        Assert.Null(service.GetService<IRoomParticipantLinks>());
        Assert.Null(service.GetService<IRoomRecordings>());
    }

    /// <summary>Records every span of the registration <paramref name="name"/> as it stops.</summary>
    private static ActivityListener ListenTo(string name, ConcurrentQueue<Activity> activities)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == RoomClientsTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { if (Equals(a.GetTagItem("roomclients.name"), name)) { activities.Enqueue(a); } },
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    /// <summary>A provider with rooms only (no optional features), delegating to an in-memory service it hides.</summary>
    private sealed class PlainRoomService() : DelegatingRoomService(new InMemoryRoomService())
    {
        public override object? GetService(Type serviceType, object? serviceKey = null) =>
            serviceType == typeof(IRoomParticipantLinks) || serviceType == typeof(IRoomRecordings) ? null : base.GetService(serviceType, serviceKey);
    }

    [Fact]
    public async Task Every_operation_gets_a_span_metrics_and_logs()
    {
        var ct = TestContext.Current.CancellationToken;
        var name = $"telemetry-{Guid.NewGuid():N}";
        var activities = new ConcurrentQueue<Activity>();
        using var activityListener = ListenTo(name, activities);

        var measurements = new ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) => { if (instrument.Meter.Name == RoomClientsTelemetry.MeterName) { listener.EnableMeasurementEvents(instrument); } },
        };
        void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var dict = tags.ToArray().ToDictionary(t => t.Key, t => t.Value);
            if (Equals(dict.GetValueOrDefault("roomclients.name"), name))
            {
                measurements.Enqueue((instrument.Name, value, dict));
            }
        }

        meterListener.SetMeasurementEventCallback<long>((i, v, t, _) => Record(i, v, t));
        meterListener.SetMeasurementEventCallback<double>((i, v, t, _) => Record(i, v, t));
        meterListener.Start();

        var logs = new ConcurrentQueue<string>();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new ListLoggerProvider(logs)));
        services.AddRoomClients(rooms => rooms.AddInMemory(name));
        await using var provider = services.BuildServiceProvider();
        var service = provider.GetRequiredService<IRoomService>();

        var room = await service.CreateRoomAsync(new CreateRoomRequest(), ct);
        await service.GetRoomAsync(room.Id, ct);
        await foreach (var unused in service.ListRoomsAsync(cancellationToken: ct))
        {
        }

        await service.DeleteRoomAsync(room.Id, ct);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => service.GetRoomAsync(room.Id, ct));

        Assert.Equal(["CreateRoom", "GetRoom", "ListRooms", "DeleteRoom", "GetRoom"], activities.Select(a => (string)a.GetTagItem("roomclients.operation")!));
        Assert.All(activities, a => Assert.Equal("in-memory", a.GetTagItem("roomclients.provider")));
        Assert.All(activities.Where(a => (string)a.GetTagItem("roomclients.operation")! != "ListRooms"), a => Assert.Equal(room.Id, a.GetTagItem("roomclients.room_id")));
        var failed = activities.Last();
        Assert.Equal(ActivityStatusCode.Error, failed.Status);
        Assert.Equal(nameof(RoomNotFoundException), failed.GetTagItem("error.type"));
        Assert.Equal(1, activities.ElementAt(2).GetTagItem("roomclients.room_count"));

        Assert.Equal(5, measurements.Count(m => m.Instrument == RoomClientsTelemetry.RequestsInstrument));
        Assert.Equal(5, measurements.Count(m => m.Instrument == RoomClientsTelemetry.DurationInstrument));
        var error = Assert.Single(measurements, m => m.Instrument == RoomClientsTelemetry.ErrorsInstrument);
        Assert.Equal(nameof(RoomNotFoundException), error.Tags["error.type"]);
        Assert.Equal("GetRoom", error.Tags["roomclients.operation"]);

        Assert.Contains(logs, l => l.Contains("CreateRoom", StringComparison.Ordinal) && l.Contains("completed", StringComparison.Ordinal));
        Assert.Contains(logs, l => l.StartsWith("Information", StringComparison.Ordinal) && l.Contains("does not exist", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, l => l.StartsWith("Warning", StringComparison.Ordinal)); // a missing room is an answer, not a fault

        await service.DeleteRoomAsync("../bad", ct).ContinueWith(_ => { }, ct); // a client-side validation failure is logged as a warning
        Assert.Contains(logs, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("RoomValidationException", StringComparison.Ordinal));
    }

    [Fact]
    public void Decorators_can_be_unwrapped_to_the_provider_service()
    {
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms.AddInMemory());
        using var provider = services.BuildServiceProvider();
        var service = provider.GetRequiredService<IRoomService>();
        Assert.NotNull(service.GetService<InMemoryRoomService>());
    }

    private sealed class ListLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(lines);

        public void Dispose()
        {
        }

        private sealed class ListLogger(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
        }
    }
}
