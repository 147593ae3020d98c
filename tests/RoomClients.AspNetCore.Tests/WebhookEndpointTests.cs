using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using RoomClients.Webhooks;

namespace RoomClients.AspNetCore.Tests;

/// <summary>MapRoomWebhooks on a real Kestrel host: each kind of request answered as the providers expect, each duplicate handled once.</summary>
public sealed class WebhookEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_signed_event_is_handled_and_answered_200()
    {
        await using var app = await WebhookApp.StartAsync();

        Assert.Equal(200, await app.SendAsync(Signed.Whereby(Signed.WherebyEvent("evt-1"))));

        var handled = Assert.Single(app.Handled);
        Assert.Equal("whereby", handled.Name);
        Assert.Equal(RoomEventType.ParticipantJoined, handled.Event.Type);
        Assert.Equal("evt-1", handled.Event.Id);
        Assert.Equal("Ada", handled.Event.ParticipantName);
    }

    [Fact]
    public async Task A_forged_or_unsigned_request_is_401_and_reaches_no_handler()
    {
        await using var app = await WebhookApp.StartAsync();
        var body = Signed.WherebyEvent("evt-forged");

        Assert.Equal(401, await app.SendAsync(Signed.Whereby(body, secret: "not-the-secret")));
        Assert.Equal(401, await app.SendAsync(Signed.Post("/webhooks/whereby", body)));
        Assert.Equal(401, await app.SendAsync(Signed.Post("/webhooks/whereby", body, ("Whereby-Signature", $"t=1,v1={new string('0', 64)}"))));
        Assert.Equal(401, await app.SendAsync(Signed.Post("/webhooks/vonage?secret=wrong", """{"event":"session:started","session_id":"s","room_id":"r"}""")));
        Assert.Equal(401, await app.SendAsync(Signed.Zoom("""{"event":"meeting.started","event_ts":1,"payload":{"object":{"id":"1","uuid":"u"}}}""", secret: "not-the-token")));
        Assert.Empty(app.Handled);
    }

    [Fact]
    public async Task A_replayed_request_is_acknowledged_and_handled_once()
    {
        await using var app = await WebhookApp.StartAsync();
        using var original = Signed.Whereby(Signed.WherebyEvent("evt-replayed"));
        var replay = await Signed.CopyAsync(original);

        Assert.Equal(200, await app.SendAsync(await Signed.CopyAsync(original)));
        Assert.Equal(200, await app.SendAsync(replay)); // the same signed bytes again, inside the tolerance

        Assert.Single(app.Handled);
    }

    [Fact]
    public async Task A_replay_outside_the_signature_tolerance_is_401()
    {
        await using var app = await WebhookApp.StartAsync();

        Assert.Equal(401, await app.SendAsync(Signed.Whereby(Signed.WherebyEvent("evt-old"), at: DateTimeOffset.UtcNow.AddMinutes(-10))));

        Assert.Empty(app.Handled);
    }

    [Fact]
    public async Task The_same_event_delivered_twice_is_handled_once()
    {
        await using var app = await WebhookApp.StartAsync();
        var body = Signed.WherebyEvent("evt-dup");

        // Whereby's duplicate: the same event id, signed again at another time.
        Assert.Equal(200, await app.SendAsync(Signed.Whereby(body, at: DateTimeOffset.UtcNow.AddSeconds(-30))));
        Assert.Equal(200, await app.SendAsync(Signed.Whereby(body)));
        Assert.Equal(200, await app.SendAsync(Signed.Whereby(Signed.WherebyEvent("evt-other"))));

        Assert.Equal(["evt-dup", "evt-other"], app.Handled.Select(h => h.Event.Id));
    }

    [Fact]
    public async Task An_event_without_an_id_is_deduplicated_by_its_signed_body()
    {
        await using var app = await WebhookApp.StartAsync();
        const string Started = """{"event":"meeting.started","event_ts":1764763200000,"payload":{"account_id":"acc","object":{"id":"123","uuid":"u-1","topic":"Demo"}}}""";
        const string Ended = """{"event":"meeting.ended","event_ts":1764766800000,"payload":{"account_id":"acc","object":{"id":"123","uuid":"u-1","topic":"Demo"}}}""";

        Assert.Equal(200, await app.SendAsync(Signed.Zoom(Started)));
        Assert.Equal(200, await app.SendAsync(Signed.Zoom(Started))); // Zoom's retry: the same body, a new signature
        Assert.Equal(200, await app.SendAsync(Signed.Zoom(Ended)));

        Assert.Equal([RoomEventType.SessionStarted, RoomEventType.SessionEnded], app.Handled.Select(h => h.Event.Type));
        Assert.All(app.Handled, h => Assert.Null(h.Event.Id));
    }

    [Fact]
    public async Task An_oversized_body_is_413_whether_declared_or_counted()
    {
        await using var app = await WebhookApp.StartAsync(options: o => o.MaxBodySize = 1024);
        var big = Signed.WherebyEvent(new string('x', 2000));

        Assert.Equal(413, await app.SendAsync(Signed.Whereby(big))); // Content-Length says it

        using var chunked = Signed.Whereby(big);
        chunked.Content = new UnknownLengthContent(Encoding.UTF8.GetBytes(big)); // no length: counted while read
        Assert.Null(chunked.Content.Headers.ContentLength);
        Assert.Equal(413, await app.SendAsync(chunked));

        Assert.Equal(200, await app.SendAsync(Signed.Whereby(Signed.WherebyEvent("small"))));
        Assert.Single(app.Handled);
    }

    [Fact]
    public async Task A_signed_body_that_is_not_an_event_is_400()
    {
        await using var app = await WebhookApp.StartAsync();

        Assert.Equal(400, await app.SendAsync(Signed.Whereby("not json")));
        Assert.Equal(400, await app.SendAsync(Signed.Whereby("""{"id":"x","data":{}}""")));
        Assert.Equal(400, await app.SendAsync(Signed.Whereby("[1,2]")));
        Assert.Equal(400, await app.SendAsync(Signed.Daily("""{"id":"x","payload":{}}""")));
        Assert.Equal(400, await app.SendAsync(Signed.Post($"/webhooks/vonage?secret={Signed.VonageSecret}", """{"room_id":"r"}""")));
        Assert.Empty(app.Handled);
    }

    [Fact]
    public async Task An_unknown_name_or_a_registration_without_a_webhook_secret_is_404()
    {
        await using var app = await WebhookApp.StartAsync();

        Assert.Equal(404, await app.SendAsync(Signed.Whereby(Signed.WherebyEvent("e"), path: "/webhooks/nobody")));
        Assert.Equal(404, await app.SendAsync(Signed.Whereby(Signed.WherebyEvent("e"), path: "/webhooks/whereby-unsigned")));
        Assert.Empty(app.Handled);
    }

    [Fact]
    public async Task Zoom_url_validation_is_answered_with_the_encrypted_token_and_reaches_no_handler()
    {
        await using var app = await WebhookApp.StartAsync();
        const string Validation = """{"payload":{"plainToken":"qgg8vlvZRS6UYooatFL8Aw"},"event_ts":1654503849680,"event":"endpoint.url_validation"}""";

        using var response = await app.Client.SendAsync(Signed.Zoom(Validation), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("qgg8vlvZRS6UYooatFL8Aw", json.RootElement.GetProperty("plainToken").GetString());
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Signed.ZoomSecret), Encoding.UTF8.GetBytes("qgg8vlvZRS6UYooatFL8Aw")));
        Assert.Equal(expected, json.RootElement.GetProperty("encryptedToken").GetString());

        Assert.Equal(401, await app.SendAsync(Signed.Zoom(Validation, secret: "forged"))); // a forged validation is not answered
        Assert.Empty(app.Handled);
    }

    [Fact]
    public async Task Daily_verification_request_is_answered_200_and_a_signed_Daily_event_is_handled()
    {
        await using var app = await WebhookApp.StartAsync();

        Assert.Equal(200, await app.SendAsync(Signed.Post("/webhooks/daily", """{"test":"test"}""")));
        Assert.Empty(app.Handled);

        const string Joined = """{"version":"1.0.0","type":"participant.joined","id":"ptcpt-join-1","payload":{"room":"demo","session_id":"s1","user_name":"Ada","joined_at":1708526032.672},"event_ts":1708526033}""";
        Assert.Equal(200, await app.SendAsync(Signed.Daily(Joined)));
        Assert.Equal(200, await app.SendAsync(Signed.Daily(Joined)));
        var handled = Assert.Single(app.Handled);
        Assert.Equal(RoomEventType.ParticipantJoined, handled.Event.Type);
    }

    [Fact]
    public async Task A_Vonage_callback_with_its_url_secret_is_handled()
    {
        await using var app = await WebhookApp.StartAsync();

        Assert.Equal(200, await app.SendAsync(Signed.Post($"/webhooks/vonage?secret={Signed.VonageSecret}", """{"event":"session:started","session_id":"s-1","room_id":"r-1","started_at":"2026-12-03T12:00:00Z"}""")));

        Assert.Equal(RoomEventType.SessionStarted, Assert.Single(app.Handled).Event.Type);
    }

    [Fact]
    public async Task A_failing_handler_answers_500_and_the_providers_redelivery_is_handled()
    {
        await using var app = await WebhookApp.StartAsync();
        var body = Signed.WherebyEvent("evt-fails-once");
        app.Behaviour = (_, _) => throw new InvalidOperationException("the database is down");

        Assert.Equal(500, await app.SendAsync(Signed.Whereby(body)));
        Assert.Empty(app.Handled);

        app.Behaviour = null;
        Assert.Equal(200, await app.SendAsync(Signed.Whereby(body))); // not dropped as a duplicate
        Assert.Equal(200, await app.SendAsync(Signed.Whereby(body))); // now it is one
        Assert.Single(app.Handled);
    }

    [Fact]
    public async Task With_AcknowledgeHandlerFailures_a_failing_handler_answers_200_and_the_event_is_not_handled_again()
    {
        await using var app = await WebhookApp.StartAsync(options: o => o.AcknowledgeHandlerFailures = true);
        var body = Signed.WherebyEvent("evt-acknowledged");
        var calls = 0;
        app.Behaviour = (_, _) =>
        {
            calls++;
            throw new InvalidOperationException("the database is down");
        };

        Assert.Equal(200, await app.SendAsync(Signed.Whereby(body)));
        Assert.Equal(200, await app.SendAsync(Signed.Whereby(body)));
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Registered_IRoomEventHandler_services_receive_each_event_after_the_delegate()
    {
        var recorder = new RecordingHandler();
        await using var app = await WebhookApp.StartAsync(services => services.AddSingleton<IRoomEventHandler>(recorder));

        Assert.Equal(200, await app.SendAsync(Signed.Whereby(Signed.WherebyEvent("evt-h"))));
        Assert.Equal(200, await app.SendAsync(Signed.Whereby(Signed.WherebyEvent("evt-h"))));

        Assert.Equal("evt-h", Assert.Single(recorder.Events).Event.Id);
        Assert.Single(app.Handled);
    }

    [Fact]
    public async Task Without_deduplication_every_delivery_is_handled()
    {
        await using var app = await WebhookApp.StartAsync(options: o => o.Deduplicate = false);
        var body = Signed.WherebyEvent("evt-no-dedup");

        Assert.Equal(200, await app.SendAsync(Signed.Whereby(body)));
        Assert.Equal(200, await app.SendAsync(Signed.Whereby(body)));

        Assert.Equal(2, app.Handled.Count);
    }

    [Fact]
    public async Task A_duplicate_arriving_while_the_first_delivery_is_in_flight_is_acknowledged_not_handled()
    {
        await using var app = await WebhookApp.StartAsync();
        var body = Signed.WherebyEvent("evt-in-flight");
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Behaviour = async (_, ct) =>
        {
            entered.TrySetResult();
            await release.Task.WaitAsync(ct);
        };

        var first = app.SendAsync(Signed.Whereby(body));
        await entered.Task.WaitAsync(Ct);
        Assert.Equal(200, await app.SendAsync(Signed.Whereby(body)));
        release.SetResult();
        Assert.Equal(200, await first);

        Assert.Single(app.Handled);
    }

    [Fact]
    public void The_pattern_must_name_the_registration()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddRoomWebhooks();
        using var app = builder.Build();

        Assert.Throws<ArgumentException>(() => app.MapRoomWebhooks("/webhooks"));
    }

    [Fact]
    public void MapRoomWebhooks_without_its_services_says_what_to_call()
    {
        using var app = WebApplication.CreateSlimBuilder().Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapRoomWebhooks());
        Assert.Contains("AddRoomWebhooks", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A body sent chunked, without Content-Length.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private sealed class RecordingHandler : IRoomEventHandler
    {
        public List<RoomEventContext> Events { get; } = [];

        public Task HandleAsync(RoomEventContext context, CancellationToken cancellationToken)
        {
            lock (Events)
            {
                Events.Add(context);
            }

            return Task.CompletedTask;
        }
    }
}
