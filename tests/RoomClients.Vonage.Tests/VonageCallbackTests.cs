using System.Text;
using RoomClients.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using RoomClients.DependencyInjection;

namespace RoomClients.Vonage.Tests;

/// <summary>Every documented Meetings callback parses into the neutral RoomEvent with its raw payload.</summary>
public sealed class VonageCallbackTests
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
        var services = new ServiceCollection();
        services.AddRoomClients().AddVonage(o => o.ApplicationId = VonageTestHost.ApplicationId);
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
}
