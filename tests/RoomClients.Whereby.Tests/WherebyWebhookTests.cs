using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using RoomClients.Webhooks;

namespace RoomClients.Whereby.Tests;

public sealed class WherebyWebhookTests
{
    private const string Secret = "whsec-test-1234";
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static string Body(string type, string data = """{"meetingId":"52755922","roomName":"/demo","subdomain":"acme","roomSessionId":"sess-1","participantId":"p-1","displayName":"Ada","roleName":"host","numClients":2}""") =>
        $$"""{"id":"{{new string('a', 64)}}","apiVersion":"1.0","createdAt":"2026-11-22T11:59:30.000Z","type":"{{type}}","data":{{data}}}""";

    private static string Sign(string body, DateTimeOffset at, string secret = Secret)
    {
        var t = at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{body}"));
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }

    private static WherebyWebhookParser Parser() => new(Secret, TimeSpan.FromSeconds(60), new FakeTimeProvider(Now));

    private static RoomWebhookRequest Request(string body, string? signature) =>
        new(Encoding.UTF8.GetBytes(body), signature is null ? [] : [new("whereby-signature", signature)]);

    [Theory]
    [InlineData("room.client.joined", RoomEventType.ParticipantJoined)]
    [InlineData("room.client.left", RoomEventType.ParticipantLeft)]
    [InlineData("room.client.knocked", RoomEventType.ParticipantKnocked)]
    [InlineData("room.client.knockCancelled", RoomEventType.ParticipantKnockCancelled)]
    [InlineData("room.session.started", RoomEventType.SessionStarted)]
    [InlineData("room.session.ended", RoomEventType.SessionEnded)]
    [InlineData("recording.finished", RoomEventType.RecordingReady)]
    [InlineData("transcription.started", RoomEventType.TranscriptionStarted)]
    [InlineData("transcription.finished", RoomEventType.TranscriptionReady)]
    [InlineData("transcription.failed", RoomEventType.TranscriptionFailed)]
    [InlineData("assistant.requested", RoomEventType.Other)]
    public void Valid_signatures_parse_every_documented_event(string type, RoomEventType expected)
    {
        var body = Body(type);
        var evt = Parser().Parse(Request(body, Sign(body, Now.AddSeconds(-10))));

        Assert.Equal(expected, evt.Type);
        Assert.Equal(type, evt.ProviderEventType);
        Assert.Equal("whereby", evt.Provider);
        Assert.Equal(new string('a', 64), evt.Id);
        Assert.Equal("52755922", evt.RoomId);
        Assert.Equal("/demo", evt.RoomName);
        Assert.Equal("sess-1", evt.SessionId);
        Assert.Equal("p-1", evt.ParticipantId);
        Assert.Equal("Ada", evt.ParticipantName);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 11, 59, 30, TimeSpan.Zero), evt.OccurredAt);
        Assert.Equal(2, evt.RawPayload.GetProperty("data").GetProperty("numClients").GetInt32());
    }

    [Fact]
    public void Recording_and_transcription_ids_are_read()
    {
        var body = Body("recording.finished", """{"roomName":"/demo","recordingId":"rec-9","filename":"a.mp4","status":"completed"}""");
        var evt = Parser().Parse(Request(body, Sign(body, Now)));
        Assert.Equal("rec-9", evt.RecordingId);

        body = Body("transcription.finished", """{"roomName":"/demo","roomSessionId":"s","transcriptionId":"tr-9","type":"LIVE_TRANSCRIPTION","status":"ready"}""");
        evt = Parser().Parse(Request(body, Sign(body, Now)));
        Assert.Equal("tr-9", evt.TranscriptionId);
    }

    [Theory]
    [InlineData("room.client.joined")]
    [InlineData("room.client.left")]
    [InlineData("room.client.knocked")]
    [InlineData("room.client.knockCancelled")]
    public void The_external_id_of_the_participant_link_is_echoed(string type)
    {
        // Whereby copies the room URL's externalId parameter (set by CreateParticipantLinkAsync) into its client events.
        var body = Body(type, """{"meetingId":"52755922","roomName":"/demo","subdomain":"acme","roomSessionId":"sess-1","participantId":"p-1","displayName":"Ada","externalId":"patient-42","metadata":null}""");
        var evt = Parser().Parse(Request(body, Sign(body, Now)));
        Assert.Equal("patient-42", evt.ExternalParticipantId);
        Assert.Equal("p-1", evt.ParticipantId);
    }

    [Fact]
    public void An_event_without_an_external_id_has_none()
    {
        var body = Body("room.client.joined");
        Assert.Null(Parser().Parse(Request(body, Sign(body, Now))).ExternalParticipantId);
    }

    [Fact]
    public void A_tampered_body_is_rejected()
    {
        var body = Body("room.client.joined");
        var signature = Sign(body, Now);
        var tampered = body.Replace("Ada", "Eve", StringComparison.Ordinal);
        var error = Assert.Throws<RoomWebhookException>(() => Parser().Parse(Request(tampered, signature)));
        Assert.Contains("does not match", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_secret_is_rejected()
    {
        var body = Body("room.client.joined");
        Assert.Throws<RoomWebhookException>(() => Parser().Parse(Request(body, Sign(body, Now, "another-secret"))));
    }

    [Theory]
    [InlineData(-61)]
    [InlineData(-3600)]
    [InlineData(120)]
    public void A_timestamp_outside_the_tolerance_is_rejected_as_a_replay(int seconds)
    {
        var body = Body("room.session.started");
        var error = Assert.Throws<RoomWebhookException>(() => Parser().Parse(Request(body, Sign(body, Now.AddSeconds(seconds)))));
        Assert.Contains("tolerance", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("t=abc,v1=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("t=1763812800")]
    [InlineData("t=1763812800,v1=zz")]
    [InlineData("v1=0000000000000000000000000000000000000000000000000000000000000000")]
    public void Malformed_headers_are_rejected(string? header)
    {
        var body = Body("room.session.started");
        Assert.Throws<RoomWebhookException>(() => Parser().Parse(Request(body, header)));
    }

    [Fact]
    public void The_raw_bytes_are_verified_not_a_reserialised_body()
    {
        // Whitespace and key order survive: the signature is over the bytes as sent.
        var body = "{ \"type\" : \"room.session.ended\",\n  \"id\":\"x\", \"data\": {\"meetingId\": \"1\"} }";
        var evt = Parser().Parse(Request(body, Sign(body, Now)));
        Assert.Equal(RoomEventType.SessionEnded, evt.Type);
    }

    [Fact]
    public void A_valid_signature_over_a_body_that_is_not_json_is_rejected()
    {
        const string body = "not json";
        Assert.Throws<RoomWebhookException>(() => Parser().Parse(Request(body, Sign(body, Now))));
    }
}
