using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using RoomClients.Webhooks;

namespace RoomClients.Daily.Tests;

public sealed class DailyWebhookTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32); // generated at test time
    private static readonly string Secret = Convert.ToBase64String(Key);
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static DailyWebhookParser Parser() => new(Secret, TimeSpan.FromSeconds(60), new FakeTimeProvider(Now));

    private static (string Signature, string Timestamp) Sign(string body, DateTimeOffset at, byte[]? key = null, bool milliseconds = false)
    {
        var timestamp = (milliseconds ? at.ToUnixTimeMilliseconds() : at.ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(key ?? Key, Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return (Convert.ToBase64String(mac), timestamp);
    }

    private static RoomWebhookRequest Request(string body, (string Signature, string Timestamp)? signed) =>
        new(Encoding.UTF8.GetBytes(body), signed is { } s ? [new("x-webhook-signature", s.Signature), new("x-webhook-timestamp", s.Timestamp)] : []);

    private static string Event(string type, string payload) =>
        $$"""{"version":"1.0.0","type":"{{type}}","id":"evt-{{type}}-1","payload":{{payload}},"event_ts":1795348790.5}""";

    public static TheoryData<string, string, RoomEventType> Events => new()
    {
        { "meeting.started", """{"start_ts":1795348780.672,"meeting_id":"m-1","room":"consult-1"}""", RoomEventType.SessionStarted },
        { "meeting.ended", """{"start_ts":1795348000,"end_ts":1795348780.672,"meeting_id":"m-1","room":"consult-1"}""", RoomEventType.SessionEnded },
        { "participant.joined", """{"room":"consult-1","user_id":"u-1","user_name":"Ada","session_id":"p-1","joined_at":1795348780.672,"owner":false,"meeting_id":"m-1"}""", RoomEventType.ParticipantJoined },
        { "participant.left", """{"room":"consult-1","user_name":"Ada","session_id":"p-1","joined_at":1795348780.672,"duration":30,"meeting_id":"m-1"}""", RoomEventType.ParticipantLeft },
        { "waiting-participant.joined", """{"room":"consult-1","user_name":"Ada","session_id":"p-1","joined_at":1795348780.672,"meeting_id":"m-1"}""", RoomEventType.ParticipantKnocked },
        { "waiting-participant.left", """{"room":"consult-1","user_name":"Ada","session_id":"p-1","joined_at":1795348780.672,"meeting_id":"m-1"}""", RoomEventType.ParticipantKnockCancelled },
        { "recording.started", """{"recording_id":"rec-1","room_name":"consult-1","action":"start-cloud-recording","start_ts":1795348780.672,"mtg_session_id":"m-1"}""", RoomEventType.RecordingStarted },
        { "recording.ready-to-download", """{"type":"cloud","recording_id":"rec-1","room_name":"consult-1","start_ts":1795348780.672,"status":"finished","duration":9,"s3_key":"acme/consult-1/1","mtg_session_id":"m-1"}""", RoomEventType.RecordingReady },
        { "recording.error", """{"action":"clourd-recording-err","error_msg":"boom","room_name":"consult-1","timestamp":1795348780.672,"recording_id":"rec-1","mtg_session_id":"m-1"}""", RoomEventType.Other },
        { "transcript.started", """{"id":"tr-1","room_id":"uuid-1","room_name":"consult-1","mtg_session_id":"m-1","start_ts":1795348780.672}""", RoomEventType.TranscriptionStarted },
        { "transcript.ready-to-download", """{"id":"tr-1","room_id":"uuid-1","room_name":"consult-1","mtg_session_id":"m-1","start_ts":1795348780.672,"duration":60,"status":"t_finished"}""", RoomEventType.TranscriptionReady },
        { "transcript.error", """{"id":"tr-1","room_name":"consult-1","mtg_session_id":"m-1","start_ts":1795348780.672}""", RoomEventType.TranscriptionFailed },
        { "streaming.started", """{"room_name":"consult-1","start_ts":1795348780.672,"mtg_session_id":"m-1"}""", RoomEventType.Other },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void Signed_events_parse_into_room_events(string type, string payload, RoomEventType expected)
    {
        var body = Event(type, payload);
        var evt = Parser().Parse(Request(body, Sign(body, Now.AddSeconds(-10))));

        Assert.Equal(expected, evt.Type);
        Assert.Equal(type, evt.ProviderEventType);
        Assert.Equal("daily", evt.Provider);
        Assert.Equal($"evt-{type}-1", evt.Id);
        Assert.Equal("consult-1", evt.RoomId);
        Assert.Equal("consult-1", evt.RoomName);
        Assert.Equal("m-1", evt.SessionId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1795348780672), evt.OccurredAt);
        var participant = type.Contains("participant", StringComparison.Ordinal);
        Assert.Equal(participant ? "p-1" : null, evt.ParticipantId);
        Assert.Equal(participant ? "Ada" : null, evt.ParticipantName);
        Assert.Equal(type.StartsWith("recording.", StringComparison.Ordinal) ? "rec-1" : null, evt.RecordingId);
        Assert.Equal(type.StartsWith("transcript.", StringComparison.Ordinal) ? "tr-1" : null, evt.TranscriptionId);
        Assert.Equal(type, evt.RawPayload.GetProperty("type").GetString());
    }

    [Fact]
    public void The_verification_request_is_recognised_answered_without_a_signature_and_never_parsed_as_an_event()
    {
        var parser = Parser();
        const string test = """{"test":"test"}""";
        Assert.True(parser.IsVerificationRequest(Request(test, null))); // Daily-generated secret: unknown yet, so not signed with ours
        Assert.True(parser.IsVerificationRequest(Request(test, Sign(test, Now))));
        Assert.True(parser.IsVerificationRequest(Request("{ \"test\" : \"test\" }\n", null)));

        var error = Assert.Throws<RoomWebhookException>(() => parser.Parse(Request(test, Sign(test, Now))));
        Assert.Contains("verification request", error.Message, StringComparison.Ordinal);
        Assert.Throws<RoomWebhookException>(() => parser.Parse(Request(test, null))); // unsigned: refused by Parse
    }

    [Theory]
    [InlineData("""{"version":"1.0.0","type":"meeting.started","id":"e","payload":{"room":"r"},"event_ts":1}""")]
    [InlineData("""{"test":"test","type":"meeting.started"}""")]
    [InlineData("""{"test":"test","payload":{}}""")]
    [InlineData("""["test"]""")]
    [InlineData("test")]
    [InlineData("")]
    public void Events_and_other_bodies_are_not_verification_requests(string body)
    {
        Assert.False(Parser().IsVerificationRequest(Request(body, null)));
    }

    [Fact]
    public void A_large_body_is_not_taken_for_a_verification_request()
    {
        var body = "{\"test\":\"" + new string('x', 4096) + "\"}";
        Assert.False(Parser().IsVerificationRequest(Request(body, null)));
    }

    [Fact]
    public void A_tampered_body_is_rejected()
    {
        var body = Event("participant.joined", """{"room":"consult-1","user_name":"Ada"}""");
        var signed = Sign(body, Now);
        var error = Assert.Throws<RoomWebhookException>(() => Parser().Parse(Request(body.Replace("Ada", "Eve", StringComparison.Ordinal), signed)));
        Assert.Contains("does not match", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_secret_and_a_secret_used_as_text_instead_of_base64_are_rejected()
    {
        var body = Event("meeting.started", """{"room":"consult-1"}""");
        Assert.Throws<RoomWebhookException>(() => Parser().Parse(Request(body, Sign(body, Now, RandomNumberGenerator.GetBytes(32)))));
        Assert.Throws<RoomWebhookException>(() => Parser().Parse(Request(body, Sign(body, Now, Encoding.UTF8.GetBytes(Secret))))); // the key is the decoded secret
    }

    [Fact]
    public void A_signature_moved_to_another_timestamp_is_rejected()
    {
        var body = Event("meeting.started", """{"room":"consult-1"}""");
        var (signature, _) = Sign(body, Now.AddSeconds(-30));
        var error = Assert.Throws<RoomWebhookException>(() => Parser().Parse(Request(body, (signature, Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)))));
        Assert.Contains("does not match", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-61)]
    [InlineData(-86400)]
    [InlineData(120)]
    public void A_timestamp_outside_the_tolerance_is_rejected_as_a_replay(int seconds)
    {
        var body = Event("meeting.started", """{"room":"consult-1"}""");
        var error = Assert.Throws<RoomWebhookException>(() => Parser().Parse(Request(body, Sign(body, Now.AddSeconds(seconds)))));
        Assert.Contains("tolerance", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timestamp_in_milliseconds_is_read_as_such()
    {
        var body = Event("meeting.started", """{"room":"consult-1"}""");
        Assert.Equal(RoomEventType.SessionStarted, Parser().Parse(Request(body, Sign(body, Now.AddSeconds(-5), milliseconds: true))).Type);
    }

    [Theory]
    [InlineData(null, "1795348800")]
    [InlineData("", "1795348800")]
    [InlineData("not base64 !", "1795348800")]
    [InlineData("AAAA", "1795348800")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", null)]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "yesterday")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "-1795348800")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "99999999999999999999")]
    public void Malformed_headers_are_rejected(string? signature, string? timestamp)
    {
        var body = Event("meeting.started", """{"room":"consult-1"}""");
        var headers = new List<KeyValuePair<string, string>>();
        if (signature is not null)
        {
            headers.Add(new("X-Webhook-Signature", signature));
        }

        if (timestamp is not null)
        {
            headers.Add(new("X-Webhook-Timestamp", timestamp));
        }

        Assert.Throws<RoomWebhookException>(() => Parser().Parse(new RoomWebhookRequest(Encoding.UTF8.GetBytes(body), headers)));
    }

    [Fact]
    public void The_raw_bytes_are_verified_not_a_reserialised_body()
    {
        var body = "{ \"type\" : \"meeting.ended\",\n  \"id\":\"x\", \"payload\": {\"room\": \"r\", \"end_ts\": 1795348790} }";
        Assert.Equal(RoomEventType.SessionEnded, Parser().Parse(Request(body, Sign(body, Now))).Type);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"payload":{}}""")]
    public void A_valid_signature_over_a_body_that_is_not_an_event_is_rejected(string body)
    {
        Assert.Throws<RoomWebhookException>(() => Parser().Parse(Request(body, Sign(body, Now))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain text secret")]
    [InlineData("AAAAAAAAAAA=")]
    public void The_parser_refuses_a_secret_that_is_not_base64_of_16_bytes_or_more(string secret)
    {
        Assert.ThrowsAny<ArgumentException>(() => new DailyWebhookParser(secret));
    }

    [Fact]
    public void The_parser_never_shows_its_secret()
    {
        Assert.DoesNotContain(Secret, Parser().ToString(), StringComparison.Ordinal);
    }
}
