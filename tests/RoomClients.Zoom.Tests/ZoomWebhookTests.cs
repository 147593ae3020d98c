using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using RoomClients.Webhooks;

namespace RoomClients.Zoom.Tests;

/// <summary>Webhook verification (signature over the raw body, timestamp tolerance), event mapping and the URL validation answer.</summary>
public sealed class ZoomWebhookTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private readonly string _secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)); // generated at test time

    private ZoomWebhookParser Parser(TimeSpan? tolerance = null) => new(_secret, tolerance, new FakeTimeProvider(Now));

    private RoomWebhookRequest Signed(string body, DateTimeOffset? at = null, string? secret = null, string? signature = null)
    {
        var timestamp = (at ?? Now).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret ?? _secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"));
        return new RoomWebhookRequest(Encoding.UTF8.GetBytes(body), new Dictionary<string, string>
        {
            ["x-zm-signature"] = signature ?? "v0=" + Convert.ToHexStringLower(hash),
            ["x-zm-request-timestamp"] = timestamp,
            ["Content-Type"] = "application/json; charset=utf-8",
        });
    }

    private const string Started = """{"event":"meeting.started","payload":{"account_id":"acc","object":{"duration":0,"start_time":"2021-11-02T20:43:19Z","timezone":"America/Denver","topic":"Consultation","id":"85123456789","type":4,"uuid":"ng1MzyWNQaObxcf3+Gfm6A==","host_id":"h"}},"event_ts":1635885799302}""";

    [Fact]
    public void A_signed_event_is_verified_over_the_raw_body_and_mapped()
    {
        var body = Started.Replace(",", ", ", StringComparison.Ordinal); // not compact JSON: the raw bytes are what is signed
        var e = Parser().Parse(Signed(body));

        Assert.Equal(RoomEventType.SessionStarted, e.Type);
        Assert.Equal("meeting.started", e.ProviderEventType);
        Assert.Equal("zoom", e.Provider);
        Assert.Equal("85123456789", e.RoomId);
        Assert.Equal("Consultation", e.RoomName);
        Assert.Equal("ng1MzyWNQaObxcf3+Gfm6A==", e.SessionId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1635885799302), e.OccurredAt);
        Assert.Equal(JsonValueKind.Object, e.RawPayload.ValueKind);
    }

    public static TheoryData<string, RoomEventType, string?, string?, string?> Events => new()
    {
        { """{"event":"meeting.participant_joined","event_ts":1,"payload":{"object":{"id":"1","uuid":"u","participant":{"user_id":"16778240","user_name":"Ada","participant_uuid":"p-uuid","join_time":"2026-01-01T00:00:00Z"}}}}""", RoomEventType.ParticipantJoined, "1", "p-uuid", null },
        { """{"event":"meeting.participant_left","event_ts":1,"payload":{"object":{"id":"1","uuid":"u","participant":{"user_id":"16778240","user_name":"Ada","leave_reason":"left"}}}}""", RoomEventType.ParticipantLeft, "1", "16778240", null },
        { """{"event":"meeting.participant_joined_waiting_room","event_ts":1,"payload":{"object":{"id":"1","participant":{"id":"x","user_name":"Bob"}}}}""", RoomEventType.ParticipantKnocked, "1", "x", null },
        { """{"event":"meeting.participant_left_waiting_room","event_ts":1,"payload":{"object":{"id":"1","participant":{"id":"x"}}}}""", RoomEventType.ParticipantKnockCancelled, "1", "x", null },
        { """{"event":"meeting.ended","event_ts":1,"payload":{"object":{"id":"1","uuid":"u","end_time":"2026-01-01T01:00:00Z"}}}""", RoomEventType.SessionEnded, "1", null, null },
        { """{"event":"meeting.deleted","event_ts":1,"payload":{"object":{"id":"1"}}}""", RoomEventType.RoomExpired, "1", null, null },
        { """{"event":"recording.started","event_ts":1,"payload":{"object":{"id":1,"uuid":"u"}}}""", RoomEventType.RecordingStarted, "1", null, "u" },
        { """{"event":"recording.stopped","event_ts":1,"payload":{"object":{"id":1,"uuid":"u"}}}""", RoomEventType.RecordingEnded, "1", null, "u" },
        { """{"event":"recording.completed","event_ts":1,"download_token":"dl","payload":{"object":{"id":85123456789,"uuid":"u","recording_files":[{"id":"f1"}]}}}""", RoomEventType.RecordingReady, "85123456789", null, "u" },
        { """{"event":"recording.transcript_completed","event_ts":1,"payload":{"object":{"id":1,"uuid":"u"}}}""", RoomEventType.TranscriptionReady, "1", null, "u" },
        { """{"event":"meeting.created","event_ts":1,"payload":{"object":{"id":"1"}}}""", RoomEventType.Other, "1", null, null },
        { """{"event":"some.future_event","payload":{}}""", RoomEventType.Other, null, null, null },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void Events_map_to_neutral_types_with_their_ids(string body, RoomEventType type, string? roomId, string? participantId, string? recordingId)
    {
        var e = Parser().Parse(Signed(body));
        Assert.Equal(type, e.Type);
        Assert.Equal(roomId, e.RoomId);
        Assert.Equal(participantId, e.ParticipantId);
        Assert.Equal(recordingId, e.RecordingId);
    }

    [Fact]
    public void A_participant_joined_through_the_meeting_sdk_names_the_apps_id_from_customer_key()
    {
        const string WithKey = """{"event":"meeting.participant_joined","event_ts":1,"payload":{"object":{"id":"1","uuid":"u","participant":{"user_id":"16778240","user_name":"Pat","participant_uuid":"p-uuid","registrant_id":"reg-1","customer_key":"patient-42"}}}}""";
        const string Empty = """{"event":"meeting.participant_joined","event_ts":1,"payload":{"object":{"id":"1","uuid":"u","participant":{"user_id":"16778240","user_name":"Pat","customer_key":""}}}}""";

        var joined = Parser().Parse(Signed(WithKey));
        Assert.Equal("patient-42", joined.ExternalParticipantId);
        Assert.Equal("p-uuid", joined.ParticipantId);
        Assert.Null(Parser().Parse(Signed(Empty)).ExternalParticipantId); // a join through a link: Zoom sends an empty key
        Assert.Null(Parser().Parse(Signed(Started)).ExternalParticipantId);
    }

    public static TheoryData<string, Func<ZoomWebhookTests, RoomWebhookRequest>> Forged => new()
    {
        { "does not match", t => t.Signed(Started, secret: "another-secret") },
        { "does not match", t => { var r = t.Signed(Started); return new RoomWebhookRequest(Encoding.UTF8.GetBytes(Started.Replace("Consultation", "ConsultatioN", StringComparison.Ordinal)), r.Headers); } },
        { "tolerance", t => t.Signed(Started, at: Now.AddMinutes(-6)) },
        { "tolerance", t => t.Signed(Started, at: Now.AddMinutes(6)) },
        { "malformed", t => t.Signed(Started, signature: "v1=" + new string('a', 64)) },
        { "malformed", t => t.Signed(Started, signature: "v0=" + new string('z', 64)) },
        { "malformed", t => t.Signed(Started, signature: "v0=abc") },
        { "missing", t => new RoomWebhookRequest(Encoding.UTF8.GetBytes(Started)) },
        { "missing", t => new RoomWebhookRequest(Encoding.UTF8.GetBytes(Started), new Dictionary<string, string> { ["x-zm-signature"] = "v0=" + new string('a', 64) }) },
        { "Unix seconds", t => new RoomWebhookRequest(Encoding.UTF8.GetBytes(Started), new Dictionary<string, string> { ["x-zm-signature"] = "v0=" + new string('a', 64), ["x-zm-request-timestamp"] = "-5" }) },
        { "Unix seconds", t => new RoomWebhookRequest(Encoding.UTF8.GetBytes(Started), new Dictionary<string, string> { ["x-zm-signature"] = "v0=" + new string('a', 64), ["x-zm-request-timestamp"] = "99999999999999999999" }) },
    };

    [Theory]
    [MemberData(nameof(Forged))]
    public void Forged_replayed_or_malformed_requests_are_rejected(string reason, Func<ZoomWebhookTests, RoomWebhookRequest> request)
    {
        var error = Assert.Throws<RoomWebhookException>(() => Parser().Parse(request(this)));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal("zoom", error.Provider);
        Assert.DoesNotContain(_secret, error.Message, StringComparison.Ordinal);
        Assert.Throws<RoomWebhookException>(() => Parser().AnswerUrlValidation(request(this)));
    }

    [Fact]
    public void A_signed_url_validation_is_answered_with_the_hmac_of_the_plain_token()
    {
        const string Body = """{"payload":{"plainToken":"qgg8vlvZRS6UYooatFL8Aw"},"event_ts":1654503849680,"event":"endpoint.url_validation"}""";

        var answer = Parser().AnswerUrlValidation(Signed(Body));

        var json = JsonDocument.Parse(answer!).RootElement;
        Assert.Equal("qgg8vlvZRS6UYooatFL8Aw", json.GetProperty("plainToken").GetString());
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(_secret), "qgg8vlvZRS6UYooatFL8Aw"u8));
        Assert.Equal(expected, json.GetProperty("encryptedToken").GetString());
        Assert.Equal(2, json.EnumerateObject().Count());
        Assert.Equal(RoomEventType.Other, Parser().Parse(Signed(Body)).Type);
        Assert.Null(Parser().AnswerUrlValidation(Signed(Started))); // another event: nothing to answer, parse it instead
    }

    [Theory]
    [InlineData("""{"event":"endpoint.url_validation","payload":{}}""")]
    [InlineData("""{"event":"endpoint.url_validation","payload":{"plainToken":""}}""")]
    [InlineData("""{"event":"endpoint.url_validation","payload":{"plainToken":"a\u0000b"}}""")]
    public void A_url_validation_without_a_usable_token_is_rejected(string body) =>
        Assert.Throws<RoomWebhookException>(() => Parser().AnswerUrlValidation(Signed(body)));

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"payload":{}}""")]
    public void Signed_bodies_that_are_not_zoom_events_are_rejected(string body) =>
        Assert.Throws<RoomWebhookException>(() => Parser().Parse(Signed(body)));

    [Fact]
    public void The_parser_needs_a_secret_and_a_positive_tolerance()
    {
        Assert.Throws<ArgumentException>(() => new ZoomWebhookParser(" "));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ZoomWebhookParser(_secret, TimeSpan.Zero));
        Assert.DoesNotContain(_secret, Parser().ToString(), StringComparison.Ordinal);
    }
}
