using System.Text;
using RoomClients.Daily;
using RoomClients.Vonage;
using RoomClients.Webhooks;
using RoomClients.Whereby;
using RoomClients.Zoom;

namespace RoomClients.AspNetCore.Tests;

/// <summary>The parsers plug into the endpoint through IRoomWebhookParser's hooks: a window per provider, handshakes, and 401 told from 400.</summary>
public sealed class ParserHookTests
{
    [Fact]
    public void Each_parser_remembers_events_for_at_least_its_providers_redelivery_and_its_signature_tolerance()
    {
        IRoomWebhookParser whereby = new WherebyWebhookParser(Signed.WherebySecret);
        IRoomWebhookParser daily = new DailyWebhookParser(Signed.DailySecret);
        IRoomWebhookParser zoom = new ZoomWebhookParser(Signed.ZoomSecret);
        IRoomWebhookParser vonage = new VonageCallbackParser(Signed.VonageSecret);

        Assert.Equal(TimeSpan.FromHours(1), whereby.DeduplicationWindow);
        Assert.Equal(TimeSpan.FromHours(2), daily.DeduplicationWindow);
        Assert.Equal(TimeSpan.FromHours(2), zoom.DeduplicationWindow); // retries 5 + 20 + 60 minutes after the first try
        Assert.Equal(TimeSpan.FromHours(1), vonage.DeduplicationWindow); // the interface's default
        Assert.Equal(TimeSpan.FromHours(3), ((IRoomWebhookParser)new WherebyWebhookParser(Signed.WherebySecret, TimeSpan.FromHours(3))).DeduplicationWindow);
    }

    [Fact]
    public void Only_Daily_and_Zoom_answer_a_handshake()
    {
        var verification = new RoomWebhookRequest(Encoding.UTF8.GetBytes("""{"test":"test"}"""));

        Assert.Equal(200, ((IRoomWebhookParser)new DailyWebhookParser(Signed.DailySecret)).AnswerHandshake(verification)?.StatusCode);
        Assert.Null(((IRoomWebhookParser)new WherebyWebhookParser(Signed.WherebySecret)).AnswerHandshake(verification));
        Assert.Null(((IRoomWebhookParser)new VonageCallbackParser(Signed.VonageSecret)).AnswerHandshake(verification));
        var forged = Assert.Throws<RoomWebhookException>(() => ((IRoomWebhookParser)new ZoomWebhookParser(Signed.ZoomSecret)).AnswerHandshake(verification));
        Assert.Equal(RoomWebhookRejection.Unauthenticated, forged.Rejection);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1]")]
    [InlineData("""{"id":"no-type"}""")]
    public void A_verified_body_that_is_not_an_event_is_a_malformed_body_rejection(string body)
    {
        Assert.Equal(RoomWebhookRejection.MalformedBody, Assert.Throws<RoomWebhookException>(() => WherebyWebhookParser.ParseEvent(Encoding.UTF8.GetBytes(body))).Rejection);
        Assert.Equal(RoomWebhookRejection.MalformedBody, Assert.Throws<RoomWebhookException>(() => DailyWebhookParser.ParseEvent(Encoding.UTF8.GetBytes(body))).Rejection);
        Assert.Equal(RoomWebhookRejection.MalformedBody, Assert.Throws<RoomWebhookException>(() => ZoomWebhookParser.ParseEvent(Encoding.UTF8.GetBytes(body))).Rejection);
        Assert.Equal(RoomWebhookRejection.MalformedBody, Assert.Throws<RoomWebhookException>(() => VonageCallbackParser.ParseEvent(Encoding.UTF8.GetBytes(body))).Rejection);
    }

    [Fact]
    public void The_deduplication_key_is_the_provider_id_or_a_digest_of_the_body()
    {
        var body = Encoding.UTF8.GetBytes("{}");
        var withId = new RoomEvent { Id = "evt-1", Provider = "p", Type = RoomEventType.Other, ProviderEventType = "t" };
        var withoutId = new RoomEvent { Provider = "p", Type = RoomEventType.Other, ProviderEventType = "t" };
        var longId = new RoomEvent { Id = new string('x', 500), Provider = "p", Type = RoomEventType.Other, ProviderEventType = "t" };

        Assert.Equal("whereby:id:evt-1", RoomWebhookEndpoint.Key("whereby", withId, body));
        Assert.Equal("zoom:body-sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a", RoomWebhookEndpoint.Key("zoom", withoutId, body));
        Assert.StartsWith("x:id-sha256:", RoomWebhookEndpoint.Key("x", longId, body), StringComparison.Ordinal);
        Assert.NotEqual(RoomWebhookEndpoint.Key("whereby", withId, body), RoomWebhookEndpoint.Key("whereby-eu", withId, body));
    }
}
