using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RoomClients.Webhooks;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace RoomClients.Vonage.Tests;

/// <summary>A rotated key file takes effect by the next request; callbacks fail closed and a secret with URL-special characters matches.</summary>
public sealed class VonageRotationAndCallbackSecretTests
{
    private const string RoomJson = """{"id":"r-1","display_name":"Sales","_links":{"guest_url":{"href":"https://meetings.vonage.com/280674154"}}}""";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"event":"session:started","session_id":"s-1","room_id":"r-1","started_at":"2026-01-01T10:01:00.000Z"}""");

    [Fact]
    public async Task A_rotated_key_file_signs_the_next_request_without_a_restart()
    {
        var ct = TestContext.Current.CancellationToken;
        using var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        server.Given(Request.Create().UsingGet().WithPath("/v1/meetings/rooms/r-1")).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "application/json").WithBody(RoomJson));
        using var first = RSA.Create(2048);
        using var second = RSA.Create(2048);
        var path = Path.Combine(Path.GetTempPath(), $"roomclients-vonage-{Guid.NewGuid():N}.pem"); // generated at test time
        await File.WriteAllTextAsync(path, first.ExportPkcs8PrivateKeyPem(), ct);
        try
        {
            var services = new ServiceCollection();
            services.AddRoomClients(rooms => rooms.AddVonage(o =>
            {
                o.ApplicationId = VonageTestHost.ApplicationId;
                o.PrivateKeyPath = path;
                o.BaseAddress = new Uri(server.Url + "/v1/meetings/");
            }));
            await using var container = services.BuildServiceProvider();
            var rooms = container.GetRequiredService<IRoomService>();

            Assert.Equal("r-1", (await rooms.GetRoomAsync("r-1", ct)).Id);
            await File.WriteAllTextAsync(path, second.ExportPkcs8PrivateKeyPem(), ct);
            File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddMinutes(1)); // a rotation changes the file's time
            Assert.Equal("r-1", (await rooms.GetRoomAsync("r-1", ct)).Id);

            var requests = server.LogEntries.ToList();
            Assert.Equal(2, requests.Count);
            VonageTestHost.ValidateToken(Bearer(requests[0]), first);
            VonageTestHost.ValidateToken(Bearer(requests[1]), second); // the rotated key, not the one loaded at start-up
            Assert.ThrowsAny<Exception>(() => VonageTestHost.ValidateToken(Bearer(requests[1]), first));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Without_a_callback_secret_the_registered_parser_fails_closed_unless_opted_in_by_name()
    {
        using var key = RSA.Create(2048);
        var pem = key.ExportPkcs8PrivateKeyPem();

        var closed = new ServiceCollection();
        closed.AddRoomClients(rooms => rooms.AddVonage(o => { o.ApplicationId = VonageTestHost.ApplicationId; o.PrivateKey = pem; }));
        using var closedProvider = closed.BuildServiceProvider();
        var ex = Assert.Throws<InvalidOperationException>(() => closedProvider.GetRequiredKeyedService<IRoomWebhookParser>(RoomProviders.Vonage));
        Assert.Contains("CallbackSecret", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AllowUnauthenticatedCallbacks", ex.Message, StringComparison.Ordinal);

        var open = new ServiceCollection();
        open.AddRoomClients(rooms => rooms.AddVonage(o => { o.ApplicationId = VonageTestHost.ApplicationId; o.PrivateKey = pem; o.AllowUnauthenticatedCallbacks = true; }));
        using var openProvider = open.BuildServiceProvider();
        var parser = openProvider.GetRequiredKeyedService<IRoomWebhookParser>(RoomProviders.Vonage);
        Assert.Equal(RoomEventType.SessionStarted, parser.Parse(new RoomWebhookRequest(Body)).Type);
        Assert.Contains("not authenticated", parser.ToString(), StringComparison.Ordinal);
    }

    public static TheoryData<string> SpecialSecrets => new(
        "secret+with+plus+signs-0123",
        "secret/with=equals:and@at-01",
        "secret!$'()*,;~.-_0123456789",
        "secret%zz-not-an-escape-0123",
        "secret&amp#hash?query-012345");

    [Theory]
    [MemberData(nameof(SpecialSecrets))]
    public void A_secret_with_url_special_characters_matches_escaped_and_where_possible_as_is(string secret)
    {
        var parser = new VonageCallbackParser(secret);
        var escaped = new RoomWebhookRequest(Body) { RequestUri = new Uri($"https://app.example/webhooks/vonage?secret={Uri.EscapeDataString(secret)}") };
        Assert.Equal(RoomEventType.SessionStarted, parser.Parse(escaped).Type);

        if (secret.IndexOfAny(['&', '#']) < 0)
        {
            // Pasted into the callback URL as is: '+' stays a plus (it used to be read as a space and never matched).
            var raw = new RoomWebhookRequest(Body) { RequestUri = new Uri($"https://app.example/webhooks/vonage?secret={secret}") };
            Assert.Equal(RoomEventType.SessionStarted, parser.Parse(raw).Type);
        }

        var spaced = new RoomWebhookRequest(Body) { RequestUri = new Uri($"https://app.example/webhooks/vonage?secret={Uri.EscapeDataString(secret.Replace('+', ' '))}x") };
        Assert.Throws<RoomWebhookException>(() => parser.Parse(spaced));
    }

    [Theory]
    [InlineData("?secret=cb-secret-7Qw9zX2mL4pR8tV1&secret=other")]
    [InlineData("?secret=other&secret=cb-secret-7Qw9zX2mL4pR8tV1")]
    [InlineData("?secret=cb%20secret-7Qw9zX2mL4pR8tV1")]
    [InlineData("?secret=CB-SECRET-7QW9ZX2ML4PR8TV1")]
    [InlineData("#secret=cb-secret-7Qw9zX2mL4pR8tV1")]
    public void A_forged_or_ambiguous_secret_is_refused(string query)
    {
        var parser = new VonageCallbackParser("cb-secret-7Qw9zX2mL4pR8tV1");
        var request = new RoomWebhookRequest(Body) { RequestUri = new Uri("https://app.example/webhooks/vonage" + query) };
        var ex = Assert.Throws<RoomWebhookException>(() => parser.Parse(request));
        Assert.DoesNotContain("7Qw9zX2mL4pR8tV1", ex.Message, StringComparison.Ordinal);
    }

    private static string Bearer(WireMock.Logging.ILogEntry entry)
    {
        var header = entry.RequestMessage!.Headers!.Single(h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value.Single();
        Assert.StartsWith("Bearer ", header, StringComparison.Ordinal);
        return header["Bearer ".Length..];
    }
}
