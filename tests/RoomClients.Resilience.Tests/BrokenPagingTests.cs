using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RoomClients.EnableX;
using RoomClients.Vectera;
using RoomClients.Vonage;
using RoomClients.Whereby;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace RoomClients.Resilience.Tests;

/// <summary>
/// A server whose paging is broken cannot make a listing endless or silently short: every case ends in a typed
/// <see cref="RoomServiceException"/> (<c>paging_broken</c>) after a bounded number of requests, for every provider the
/// case applies to. The test stops reading after <see cref="Cap"/> rooms, so a listing that would never end fails the
/// test instead of hanging it.
/// </summary>
public sealed class BrokenPagingTests
{
    private const int Cap = 200;
    private const int PageSize = 2;

    /// <summary>What the server answers to the n-th list request (0-based): the ids on the page and the continuation it names.</summary>
    public delegate (string[] Ids, string? Next) Script(int index);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in new[] { RoomProviders.Whereby, RoomProviders.Vonage })
        {
            foreach (var scenario in new[] { "cursor-repeats", "cursor-cycle", "page-ignored", "empty-page-with-cursor", "page-too-big", "ids-repeat", "pages-cycle", "endless", "next-link-elsewhere" })
            {
                if (scenario != "next-link-elsewhere" || provider == RoomProviders.Vonage)
                {
                    data.Add(provider, scenario);
                }
            }
        }

        foreach (var scenario in new[] { "page-ignored", "page-too-big", "ids-repeat", "pages-cycle", "endless" })
        {
            data.Add(RoomProviders.Vectera, scenario);
        }

        data.Add(RoomProviders.EnableX, "ids-repeat");
        data.Add(RoomProviders.Vonage, "next-link-without-start-id");
        data.Add(RoomProviders.Vonage, "next-link-other-scheme");
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_broken_listing_ends_in_a_typed_error(string provider, string scenario)
    {
        var ct = TestContext.Current.CancellationToken;
        var (script, expectedRooms, expectedRequests) = Scenario(provider, scenario);
        using var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        var shape = Shapes[provider];
        var index = -1;
        server.Given(Request.Create().UsingGet().WithPath(shape.ListPath)).RespondWith(Response.Create().WithCallback(_ =>
        {
            var (ids, next) = script(Interlocked.Increment(ref index));
            return new ResponseMessage
            {
                StatusCode = 200,
                Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
                BodyData = new WireMock.Util.BodyData { BodyAsString = shape.Page(ids, next, new Uri(server.Url!)), DetectedBodyType = WireMock.Types.BodyType.String },
            };
        }));

        var services = new ServiceCollection();
        services.AddRoomClients(rooms => shape.Register(rooms, new Uri(server.Url!), 5));
        await using var container = services.BuildServiceProvider();
        var service = container.GetRequiredService<IRoomService>();

        var listed = new List<string>();
        var ex = await Assert.ThrowsAsync<RoomServiceException>(async () =>
        {
            await foreach (var room in service.ListRoomsAsync(new RoomQuery { PageSize = shape.SendsPageSize ? PageSize : null }, ct))
            {
                listed.Add(room.Id);
                if (listed.Count > Cap)
                {
                    Assert.Fail($"the listing did not end after {Cap} rooms");
                }
            }
        });

        Assert.Equal(provider, ex.Provider);
        Assert.Equal("paging_broken", ex.ErrorCode);
        Assert.Contains("paging", ex.Message, StringComparison.Ordinal);
        Assert.Equal(expectedRooms, listed.Count);
        var requests = server.LogEntries.ToList();
        Assert.Equal(expectedRequests, requests.Count);
        Assert.All(requests, r => Assert.Equal(new Uri(server.Url!).Port, new Uri(r.RequestMessage!.Url).Port)); // never elsewhere
        if (shape.SendsPageSize)
        {
            Assert.All(requests, r => Assert.Equal(PageSize.ToString(CultureInfo.InvariantCulture), r.RequestMessage!.Query![shape.PageSizeParameter!].Single()));
        }

        // Each request after the first asks for the continuation the previous page named.
        for (var i = 1; i < requests.Count; i++)
        {
            var expected = script(i - 1).Next;
            if (shape.ContinuationParameter is { } parameter && expected is not null && long.TryParse(expected, out _))
            {
                Assert.Equal(expected, requests[i].RequestMessage!.Query![parameter].Single());
            }
        }
    }

    [Fact]
    public async Task A_sound_listing_still_reads_every_page()
    {
        // The guard must not stop an honest server: three pages of two rooms, then the end.
        var ct = TestContext.Current.CancellationToken;
        foreach (var (provider, shape) in Shapes.Where(s => s.Key != RoomProviders.EnableX))
        {
            using var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
            var index = -1;
            server.Given(Request.Create().UsingGet().WithPath(shape.ListPath)).RespondWith(Response.Create().WithCallback(_ =>
            {
                var i = Interlocked.Increment(ref index);
                string[] ids = i < 3 ? [$"r{i}a", $"r{i}b"] : [];
                var next = i < 2 || (i == 2 && provider == RoomProviders.Vectera) ? (101 + i).ToString(CultureInfo.InvariantCulture) : null;
                return new ResponseMessage
                {
                    StatusCode = 200,
                    Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
                    BodyData = new WireMock.Util.BodyData { BodyAsString = shape.Page(ids, next, new Uri(server.Url!)), DetectedBodyType = WireMock.Types.BodyType.String },
                };
            }));
            var services = new ServiceCollection();
            services.AddRoomClients(rooms => shape.Register(rooms, new Uri(server.Url!), 5));
            await using var container = services.BuildServiceProvider();

            var ids = new List<string>();
            await foreach (var room in container.GetRequiredService<IRoomService>().ListRoomsAsync(new RoomQuery { PageSize = PageSize }, ct))
            {
                ids.Add(room.Id);
            }

            Assert.Equal(["r0a", "r0b", "r1a", "r1b", "r2a", "r2b"], ids);
            Assert.Equal(provider == RoomProviders.Vectera ? 4 : 3, server.LogEntries.ToList().Count);
        }
    }

    private static (Script Script, int Rooms, int Requests) Scenario(string provider, string scenario)
    {
        static string[] Fresh(int i) => [$"r{i}a", $"r{i}b"];
        var vectera = provider == RoomProviders.Vectera;
        return scenario switch
        {
            // Page 2 names the cursor page 1 named: refused on page 2, before its rooms.
            "cursor-repeats" => (i => (Fresh(i), "101"), 2, 2),
            // 101 → 102 → 101: refused on page 3.
            "cursor-cycle" => (i => (Fresh(i), i % 2 == 0 ? "101" : "102"), 4, 3),
            // The server answers page 1 whatever is asked: the cursor repeats (or, for page numbers, the ids do).
            "page-ignored" => (_ => (["r0a", "r0b"], "101"), 2, 2),
            "empty-page-with-cursor" => (i => (i == 0 ? Fresh(0) : [], (101 + i).ToString(CultureInfo.InvariantCulture)), 2, 2),
            "page-too-big" => (_ => (["r0a", "r0b", "r0c"], "101"), 0, 1),
            "ids-repeat" when provider == RoomProviders.EnableX => (_ => (["r0a", "r0b", "r0a"], null), 2, 1),
            // Page 2 starts with the last room of page 1.
            "ids-repeat" => (i => (i == 0 ? ["r0a", "r0b"] : ["r0b", "r1b"], i == 0 || vectera ? (101 + i).ToString(CultureInfo.InvariantCulture) : null), 2, 2),
            // Fresh cursors (or page numbers) over two pages served in turn, A B A: refused on page 3, though only the
            // ids of the current and the previous page are kept (the guard's memory grows with pages, not rooms).
            "pages-cycle" => (i => (i % 2 == 0 ? ["r0a", "r0b"] : ["r1a", "r1b"], (101 + i).ToString(CultureInfo.InvariantCulture)), 4, 3),
            // New cursors and new rooms for ever: the fifth page is the last one read (MaxListPages = 5 in Register).
            "endless" => (i => (Fresh(i), (1000 + i).ToString(CultureInfo.InvariantCulture)), 10, 6),
            // A page whose next link cannot be trusted or followed is refused whole, before its rooms.
            "next-link-elsewhere" => (i => (Fresh(i), "https://evil.example/v1/meetings/rooms?start_id=101"), 0, 1),
            "next-link-other-scheme" => (i => (Fresh(i), "ftp://127.0.0.1/v1/meetings/rooms?start_id=101"), 0, 1),
            "next-link-without-start-id" => (i => (Fresh(i), "rooms?page=2"), 0, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null),
        };
    }

    /// <summary>Sets the options' internal page limit (not bound from configuration; this project sees no internals).</summary>
    private static void SetMaxListPages(object options, int pages) =>
        options.GetType().GetProperty("MaxListPages", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)?.SetValue(options, pages);

    private sealed record Shape(
        string ListPath,
        Func<string[], string?, Uri, string> Page,
        Action<RoomClientsBuilder, Uri, int> Register,
        bool SendsPageSize,
        string? PageSizeParameter,
        string? ContinuationParameter);

    private static readonly Dictionary<string, Shape> Shapes = new()
    {
        [RoomProviders.Whereby] = new(
            "/v1/meetings",
            (ids, next, _) => JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["results"] = ids.Select(id => new Dictionary<string, string> { ["meetingId"] = id, ["roomUrl"] = $"https://acme.whereby.com/{id}", ["endDate"] = "2099-01-01T00:00:00.000Z" }),
                ["cursor"] = next,
            }),
            (rooms, root, pages) => rooms.AddWhereby(o =>
            {
                o.ApiKey = "paging-key";
                o.BaseAddress = new Uri(root, "/v1/");
                SetMaxListPages(o, pages);
            }),
            true,
            "limit",
            "cursor"),
        [RoomProviders.Vonage] = new(
            "/v1/meetings/rooms",
            (ids, next, root) => JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["page_size"] = ids.Length,
                ["_embedded"] = ids.Select(id => new Dictionary<string, object>
                {
                    ["id"] = id,
                    ["display_name"] = id,
                    ["_links"] = new Dictionary<string, object> { ["guest_url"] = new Dictionary<string, string> { ["href"] = $"https://meetings.vonage.com/{id}" } },
                }),
                ["_links"] = next is null ? new Dictionary<string, object>() : new Dictionary<string, object>
                {
                    ["next"] = new Dictionary<string, string> { ["href"] = long.TryParse(next, out _) ? new Uri(root, $"/v1/meetings/rooms?page_size=2&start_id={next}").ToString() : next },
                },
            }),
            (rooms, root, pages) =>
            {
                using var key = System.Security.Cryptography.RSA.Create(2048);
                var pem = key.ExportPkcs8PrivateKeyPem();
                rooms.AddVonage(o =>
                {
                    o.ApplicationId = Guid.NewGuid().ToString();
                    o.PrivateKey = pem;
                    o.BaseAddress = new Uri(root, "/v1/meetings/");
                    SetMaxListPages(o, pages);
                });
            },
            true,
            "page_size",
            "start_id"),
        [RoomProviders.Vectera] = new(
            "/api/v2/meetingRooms",
            (ids, _, _) => JsonSerializer.Serialize(ids.Select(id => new Dictionary<string, string> { ["id"] = id, ["key"] = id, ["url"] = $"https://www.vectera.com/{id}" })),
            (rooms, root, pages) => rooms.AddVectera(o =>
            {
                o.ApiToken = "paging-token";
                o.BaseAddress = new Uri(root, "/api/v2/");
                SetMaxListPages(o, pages);
            }),
            true,
            "perPage",
            null),
        [RoomProviders.EnableX] = new(
            "/video/v2/rooms",
            (ids, _, _) => JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["result"] = 0,
                ["rooms"] = ids.Select(id => new Dictionary<string, object> { ["room_id"] = id, ["name"] = id, ["created"] = "2026-01-01T10:00:00.000Z" }),
            }),
            (rooms, root, _) => rooms.AddEnableX(o =>
            {
                o.AppId = "5f1e2d3c4b5a69788796a5b4";
                o.AppKey = "paging-app-key";
                o.BaseAddress = root;
                o.MeetingSubdomain = "paging";
            }),
            false,
            null,
            null),
    };
}
