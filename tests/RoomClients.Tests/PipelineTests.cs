using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using RoomClients.Routing;
using RoomClients.Telemetry;
using RoomClients.Testing;

namespace RoomClients.Tests;

/// <summary>The per-registration pipeline: <c>Use</c> stages (first added outermost), stages for every registration, telemetry as a switchable stage, and the owner stamp that cannot be switched off.</summary>
public sealed class PipelineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stages_run_first_added_outermost_global_ones_outside_the_registration_s_own()
    {
        var log = new ConcurrentQueue<string>();
        var services = new ServiceCollection();
        services.AddRoomClients(rooms =>
        {
            rooms.Use(inner => new LoggingRoomService(inner, "global-1", log));
            rooms.AddInMemory("a")
                .Use(inner => new LoggingRoomService(inner, "a-1", log))
                .Use((inner, sp) => new LoggingRoomService(inner, "a-2", log));
            rooms.AddInMemory("b");
            rooms.Use((inner, _) => new LoggingRoomService(inner, "global-2", log)); // added after the registrations: still applies
        });
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IRoomServiceFactory>();

        var a = factory.GetRoomService("a");
        var room = await a.CreateRoomAsync(new CreateRoomRequest { DisplayName = "ordered" }, Ct);
        Assert.Equal(["global-1 create", "global-2 create", "a-1 create", "a-2 create"], log.ToArray());
        Assert.Equal("ordered", room.DisplayName);
        Assert.Equal(1, provider.GetRequiredKeyedService<InMemoryRoomService>("a").Count); // the request reached the provider once

        log.Clear();
        var b = factory.GetRoomService("b");
        await b.CreateRoomAsync(new CreateRoomRequest(), Ct);
        Assert.Equal(["global-1 create", "global-2 create"], log.ToArray()); // a's stages are a's only
        Assert.Equal(1, provider.GetRequiredKeyedService<InMemoryRoomService>("b").Count);
        Assert.Equal(1, provider.GetRequiredKeyedService<InMemoryRoomService>("a").Count);
    }

    [Fact]
    public async Task Telemetry_is_a_stage_on_by_default_and_can_be_left_out_per_registration_or_for_all()
    {
        var measured = new ConcurrentQueue<string>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) => { if (instrument.Meter.Name == RoomClientsTelemetry.MeterName && instrument.Name == RoomClientsTelemetry.RequestsInstrument) { l.EnableMeasurementEvents(instrument); } },
        };
        var prefix = $"pipeline-{Guid.NewGuid():N}-";
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "roomclients.name" && tag.Value is string n && n.StartsWith(prefix, StringComparison.Ordinal))
                {
                    measured.Enqueue(n[prefix.Length..]);
                }
            }
        });
        listener.Start();

        var services = new ServiceCollection();
        services.AddRoomClients(rooms =>
        {
            rooms.AddInMemory(prefix + "loud");
            rooms.AddInMemory(prefix + "quiet").WithoutTelemetry();
        });
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IRoomServiceFactory>();
        var loud = factory.GetRoomService(prefix + "loud");
        var quiet = factory.GetRoomService(prefix + "quiet");

        var loudRoom = await loud.CreateRoomAsync(new CreateRoomRequest(), Ct);
        var quietRoom = await quiet.CreateRoomAsync(new CreateRoomRequest(), Ct);

        Assert.Equal(["loud"], measured.ToArray());
        Assert.NotNull(loud.GetService<TelemetryRoomService>());
        Assert.Null(quiet.GetService<TelemetryRoomService>());
        Assert.Equal(prefix + "quiet", quietRoom.RegistrationName); // the owner stamp is not telemetry's: still applied
        Assert.Equal(prefix + "loud", loudRoom.RegistrationName);
        Assert.NotNull(quiet.GetService<InMemoryRoomService>());

        var allQuiet = new ServiceCollection();
        allQuiet.AddRoomClients(rooms => rooms.WithoutTelemetry().AddInMemory(prefix + "all-off"));
        await using var second = allQuiet.BuildServiceProvider();
        var off = second.GetRequiredService<IRoomService>();
        var offRoom = await off.CreateRoomAsync(new CreateRoomRequest(), Ct);
        Assert.Null(off.GetService<TelemetryRoomService>());
        Assert.Equal(prefix + "all-off", offRoom.RegistrationName);
        Assert.Equal(["loud"], measured.ToArray());
    }

    [Fact]
    public async Task Rooms_from_a_stage_carry_the_registration_name_on_every_operation()
    {
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms.AddInMemory("eu").Use(inner => new CopyingRoomService(inner)));
        await using var provider = services.BuildServiceProvider();
        var eu = provider.GetRequiredService<IRoomService>();

        var created = await eu.CreateRoomAsync(new CreateRoomRequest { DisplayName = "copied" }, Ct);
        Assert.Equal("eu", created.RegistrationName); // the stage built a new Room without an owner; the stamp outside it names one
        Assert.Equal(new RoomReference("eu", created.Id), created.Reference);
        Assert.Equal("copied", created.DisplayName);

        var fetched = await eu.GetRoomAsync(created.Id, Ct);
        Assert.Equal("eu", fetched.RegistrationName);
        var updated = await eu.UpdateRoomAsync(created.Id, new UpdateRoomRequest { DisplayName = "renamed" }, Ct);
        Assert.Equal(("eu", "renamed"), (updated.RegistrationName, updated.DisplayName));
        var listed = await eu.ListRoomsAsync(cancellationToken: Ct).ToListAsync(Ct);
        Assert.Equal("eu", Assert.Single(listed).RegistrationName);

        // The reference names a key the router understands: the room is found again through it.
        var router = provider.GetRequiredService<IRoomRouter>();
        Assert.Equal("renamed", (await router.GetRoomAsync(RoomReference.Parse(created.Reference.ToString()), Ct)).DisplayName);
    }

    [Fact]
    public async Task A_stage_that_returns_null_fails_at_resolution_naming_the_registration()
    {
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms.AddInMemory("broken").Use(_ => null!));
        await using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IRoomService>());
        Assert.Contains("'broken'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Custom_services_get_the_same_pipeline_and_GetService_reaches_the_adapter()
    {
        var services = new ServiceCollection();
        var log = new ConcurrentQueue<string>();
        services.AddRoomClients(rooms => rooms.AddRoomService("mine", _ => new InMemoryRoomService()).Use(inner => new LoggingRoomService(inner, "mine", log)));
        await using var provider = services.BuildServiceProvider();
        var mine = provider.GetRequiredService<IRoomService>();

        var room = await mine.CreateRoomAsync(new CreateRoomRequest(), Ct);
        Assert.Equal(["mine create"], log.ToArray());
        Assert.Equal("mine", room.RegistrationName);
        var adapter = mine.GetService<InMemoryRoomService>();
        Assert.NotNull(adapter);
        Assert.Equal(1, adapter.Count);
        Assert.Same(adapter.Capabilities, mine.GetService<RoomCapabilities>());
        Assert.NotNull(mine.GetService<LoggingRoomService>());
        Assert.Null(mine.GetService<InMemoryRoomService>("mine")); // no keys below a plain registration
    }

    private sealed class LoggingRoomService(IRoomService inner, string name, ConcurrentQueue<string> log) : DelegatingRoomService(inner)
    {
        public override Task<Room> CreateRoomAsync(CreateRoomRequest request, CancellationToken cancellationToken = default)
        {
            log.Enqueue($"{name} create");
            return base.CreateRoomAsync(request, cancellationToken);
        }
    }

    /// <summary>Returns fresh <see cref="Room"/> objects with no owner, as a caching or mapping stage would.</summary>
    private sealed class CopyingRoomService(IRoomService inner) : DelegatingRoomService(inner)
    {
        public override async Task<Room> CreateRoomAsync(CreateRoomRequest request, CancellationToken cancellationToken = default) =>
            Copy(await base.CreateRoomAsync(request, cancellationToken));

        public override async Task<Room> GetRoomAsync(string roomId, CancellationToken cancellationToken = default) =>
            Copy(await base.GetRoomAsync(roomId, cancellationToken));

        public override async Task<Room> UpdateRoomAsync(string roomId, UpdateRoomRequest request, CancellationToken cancellationToken = default) =>
            Copy(await base.UpdateRoomAsync(roomId, request, cancellationToken));

        public override async IAsyncEnumerable<Room> ListRoomsAsync(RoomQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await foreach (var room in base.ListRoomsAsync(query, cancellationToken))
            {
                yield return Copy(room);
            }
        }

        private static Room Copy(Room room) => new() { Id = room.Id, Provider = room.Provider, JoinUrl = room.JoinUrl, DisplayName = room.DisplayName, Kind = room.Kind };
    }
}
