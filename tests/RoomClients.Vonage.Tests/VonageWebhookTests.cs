using System.Text;
using Microsoft.Extensions.Configuration;
using RoomClients.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace RoomClients.Vonage.Tests;

/// <summary>Every documented Meetings callback parses into the neutral RoomEvent with its raw payload.</summary>
public sealed class VonageWebhookTests
{
    public static TheoryData<string, RoomEventType, string> Callbacks => new()
    {
        { """{"event":"room:expired","room_id":"r-1","room_type":"instant","expires_at":"2026-01-01T10:10:00.000Z","created_at":"2026-01-01T10:00:00.000Z"}""", RoomEventType.RoomExpired, "2026-01-01T10:10:00" },
        { """{"event":"session:started","session_id":"s-1","room_id":"r-1","started_at":"2026-01-01T10:01:00.000Z"}""", RoomEventType.SessionStarted, "2026-01-01T10:01:00" },
        { """{"event":"session:ended","session_id":"s-1","room_id":"r-1","started_at":"2026-01-01T10:01:00.000Z","ended_at":"2026-01-01T10:31:00.000Z"}""", RoomEventType.SessionEnded, "2026-01-01T10:31:00" },
        { """{"event":"session:participant:joined","participant_id":"p-1","session_id":"s-1","room_id":"r-1","name":"Ada","type":"Guest","is_host":false}""", RoomEventType.ParticipantJoined, "" },
        { """{"event":"session:participant:left","participant_id":"p-1","session_id":"s-1","room_id":"r-1","name":"Ada","type":"Guest","is_host":false}""", RoomEventType.ParticipantLeft, "" },
        { """{"event":"recording:started","recording_id":"rec-1","session_id":"s-1"}""", RoomEventType.RecordingStarted, "" },
        { """{"event":"recording:ended","recording_id":"rec-1","session_id":"s-1","started_at":"2026-01-01T10:01:00.000Z","ended_at":"2026-01-01T10:21:00.000Z","duration":"1200"}""", RoomEventType.RecordingEnded, "2026-01-01T10:21:00" },
        { """{"event":"recording:uploaded","recording_id":"rec-1","session_id":"s-1","room_id":"r-1","started_at":"2026-01-01T10:01:00.000Z","ended_at":"2026-01-01T10:21:00.000Z","duration":1200,"url":"https://x/archive.mp4"}""", RoomEventType.RecordingReady, "2026-01-01T10:21:00" },
    };

    [Theory]
    [MemberData(nameof(Callbacks))]
    public void Every_documented_callback_parses(string json, RoomEventType type, string occurredAt)
    {
        using var key = System.Security.Cryptography.RSA.Create(2048);
        var services = new ServiceCollection();
        services.AddRoomClients().AddVonage(o =>
        {
            o.ApplicationId = VonageTestHost.ApplicationId;
            o.PrivateKey = key.ExportPkcs8PrivateKeyPem();
            o.AllowUnauthenticatedCallbacks = true; // parsing is under test here; callbacks fail closed without this or a secret
        });
        using var provider = services.BuildServiceProvider();
        var parser = provider.GetRequiredKeyedService<IRoomWebhookParser>(RoomProviders.Vonage);

        var e = parser.Parse(new RoomWebhookRequest(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(RoomProviders.Vonage, e.Provider);
        Assert.Equal(type, e.Type);
        var root = e.RawPayload;
        Assert.Equal(root.GetProperty("event").GetString(), e.ProviderEventType);
        Assert.Equal(root.TryGetProperty("room_id", out var room) ? room.GetString() : null, e.RoomId);
        Assert.Equal(root.TryGetProperty("session_id", out var session) ? session.GetString() : null, e.SessionId);
        Assert.Equal(root.TryGetProperty("recording_id", out var rec) ? rec.GetString() : null, e.RecordingId);
        Assert.Equal(root.TryGetProperty("participant_id", out var p) ? p.GetString() : null, e.ParticipantId);
        Assert.Equal(root.TryGetProperty("name", out var n) ? n.GetString() : null, e.ParticipantName);
        Assert.Equal(occurredAt.Length == 0 ? null : DateTimeOffset.Parse(occurredAt + "Z", System.Globalization.CultureInfo.InvariantCulture), e.OccurredAt);
    }

    [Fact]
    public void Unknown_events_are_kept_and_garbage_is_rejected()
    {
        var e = VonageCallbackParser.ParseEvent("""{"event":"room:renamed","room_id":"r-1"}"""u8);
        Assert.Equal(RoomEventType.Other, e.Type);
        Assert.Equal("room:renamed", e.ProviderEventType);
        Assert.Throws<RoomWebhookException>(() => VonageCallbackParser.ParseEvent("not json"u8));
        Assert.Throws<RoomWebhookException>(() => VonageCallbackParser.ParseEvent("""{"room_id":"r-1"}"""u8));
    }

    [Fact]
    public void Shared_secret_check_is_exact()
    {
        Assert.True(VonageCallbackParser.SecretMatches("s3cret", "s3cret"));
        Assert.False(VonageCallbackParser.SecretMatches("s3cre", "s3cret"));
        Assert.False(VonageCallbackParser.SecretMatches(null, "s3cret"));
    }

    private const string Secret = "cb-secret-7Qw9zX2mL4pR8tV1";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"event":"session:started","session_id":"s-1","room_id":"r-1","started_at":"2026-01-01T10:01:00.000Z"}""");

    [Theory]
    [InlineData("https://app.example/webhooks/vonage?secret=cb-secret-7Qw9zX2mL4pR8tV1", true)]
    [InlineData("https://app.example/webhooks/vonage?x=1&secret=cb-secret-7Qw9zX2mL4pR8tV1", true)]
    [InlineData("https://app.example/webhooks/vonage?secret=cb-secret-7Qw9zX2mL4pR8tV", false)]
    [InlineData("https://app.example/webhooks/vonage?secret=", false)]
    [InlineData("https://app.example/webhooks/vonage?Secret=cb-secret-7Qw9zX2mL4pR8tV1", false)]
    [InlineData("https://app.example/webhooks/vonage", false)]
    [InlineData(null, false)]
    public void A_configured_callback_secret_must_be_in_the_url(string? url, bool accepted)
    {
        var parser = new VonageCallbackParser(Secret);
        var request = new RoomWebhookRequest(Body) { RequestUri = url is null ? null : new Uri(url) };

        if (accepted)
        {
            Assert.Equal(RoomEventType.SessionStarted, parser.Parse(request).Type);
        }
        else
        {
            var ex = Assert.Throws<RoomWebhookException>(() => parser.Parse(request));
            Assert.DoesNotContain(Secret, ex.Message, StringComparison.Ordinal);
            Assert.Equal(RoomProviders.Vonage, ex.Provider);
        }
    }

    [Fact]
    public void Without_a_secret_callbacks_parse_only_when_asked_for_by_name_and_say_they_are_not_authenticated()
    {
        var parser = VonageCallbackParser.AcceptingUnauthenticatedCallbacks();
        Assert.Equal(RoomEventType.SessionStarted, parser.Parse(new RoomWebhookRequest(Body)).Type);
        Assert.Contains("not authenticated", parser.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new VonageCallbackParser(" "));
    }

    [Fact]
    public void The_registered_parser_reads_the_secret_from_configuration_and_follows_its_rotation()
    {
        using var key = System.Security.Cryptography.RSA.Create(2048);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RoomClients:vonage:ApplicationId"] = VonageTestHost.ApplicationId,
            ["RoomClients:vonage:PrivateKey"] = key.ExportPkcs8PrivateKeyPem(),
            ["RoomClients:vonage:CallbackSecret"] = Secret,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddRoomClients(rooms => rooms.AddVonage());
        using var provider = services.BuildServiceProvider();
        var parser = provider.GetRequiredKeyedService<IRoomWebhookParser>(RoomProviders.Vonage);
        RoomWebhookRequest With(string secret) => new(Body) { RequestUri = new Uri($"https://app.example/webhooks/vonage?secret={Uri.EscapeDataString(secret)}") };

        Assert.Equal(RoomEventType.SessionStarted, parser.Parse(With(Secret)).Type);

        const string rotated = "rotated+secret/with=escapes&more";
        configuration["RoomClients:vonage:CallbackSecret"] = rotated;
        configuration.Reload();

        Assert.Throws<RoomWebhookException>(() => parser.Parse(With(Secret)));
        Assert.Equal(RoomEventType.SessionStarted, parser.Parse(With(rotated)).Type);
    }

    [Fact]
    public async Task A_weak_callback_secret_fails_start_up_without_printing_it()
    {
        using var key = System.Security.Cryptography.RSA.Create(2048);
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms.AddVonage(o =>
        {
            o.ApplicationId = VonageTestHost.ApplicationId;
            o.PrivateKey = key.ExportPkcs8PrivateKeyPem();
            o.CallbackSecret = "short-s3cret";
        }));
        await using var provider = services.BuildServiceProvider();
        var ex = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => provider.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<VonageOptions>>().Get(RoomProviders.Vonage));
        Assert.Contains("RoomClients:vonage:CallbackSecret", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("short-s3cret", ex.Message, StringComparison.Ordinal);
    }
}
