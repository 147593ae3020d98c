using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RoomClients.Benchmarks.Server;
using RoomClients.Daily;

namespace RoomClients.Benchmarks.Providers;

/// <summary>
/// Daily: <c>POST /v1/rooms</c> and <c>GET /v1/rooms/{name}</c>, each followed by <c>POST /v1/meeting-tokens</c> (the
/// owner token of the host link; the baseline mints it too), and <c>GET /v1/rooms</c> paged by <c>starting_after</c> =
/// the last room's id, Bearer API key.
/// </summary>
public sealed partial class DailyBench : ProviderBench
{
    private static readonly CannedRooms Rooms = new(100, RoomJson);
    private static readonly byte[] One = Encoding.UTF8.GetBytes(RoomJson(0));
    private static readonly byte[] Token = """{"token":"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb29tX25hbWUiOiJiZW5jaCIsImlzX293bmVyIjp0cnVlfQ.c2lnbmF0dXJlLW5vdC1yZWFs"}"""u8.ToArray();

    /// <inheritdoc />
    public override string Name => "daily";

    /// <inheritdoc />
    public override int MaxPageSize => 100;

    /// <inheritdoc />
    public override void MapEndpoints(IEndpointRouteBuilder routes, CannedServer server)
    {
        routes.MapPost("/v1/rooms", (HttpContext context) => CannedServer.WriteJsonAsync(context, One));
        routes.MapGet("/v1/rooms/{name}", (HttpContext context) => CannedServer.WriteJsonAsync(context, One));
        routes.MapPost("/v1/meeting-tokens", (HttpContext context) => CannedServer.WriteJsonAsync(context, Token));
        routes.MapGet("/v1/rooms", (HttpContext context) =>
        {
            var query = context.Request.Query;
            var limit = int.TryParse(query["limit"], CultureInfo.InvariantCulture, out var l) ? l : 100;
            var offset = long.TryParse(query["starting_after"], CultureInfo.InvariantCulture, out var after) ? (int)(after - long.Parse(CannedRooms.Id(0), CultureInfo.InvariantCulture)) + 1 : 0;
            return WritePageAsync(context, server.TotalRooms, offset, limit);
        });
    }

    /// <inheritdoc />
    public override void AddSdk(RoomClientsBuilder rooms, Uri server) =>
        rooms.AddDaily(o =>
        {
            o.ApiKey = CannedServer.FakeCredential;
            o.BaseAddress = new Uri(server, "daily/v1/");
        });

    /// <inheritdoc />
    public override void ConfigureBaseline(HttpClient http, Uri server)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.BaseAddress = new Uri(server, "daily/v1/");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", CannedServer.FakeCredential);
    }

    /// <inheritdoc />
    public override IBaselineClient CreateBaseline(HttpClient http) => new Baseline(http);

    /// <inheritdoc />
    public override CreateRoomRequest CreateRequest() => new() { EndsAt = DateTimeOffset.UtcNow.AddHours(1) };

    /// <summary>One page: the canned rooms with this page's ids, the last one written whole (Daily's cursor is the last room's id).</summary>
    private static async Task WritePageAsync(HttpContext context, int total, int offset, int limit)
    {
        var count = Math.Max(0, Math.Min(limit, total - offset));
        var head = Encoding.UTF8.GetBytes($$"""{"total_count":{{total}},"data":[""");
        var last = count == 0 ? [] : Encoding.UTF8.GetBytes((count > 1 ? "," : string.Empty) + RoomJson(offset + count - 1) + "]}");
        var tail = count == 0 ? "]}"u8.ToArray() : last;
        var response = context.Response;
        response.StatusCode = 200;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = head.Length + Rooms.Length(count - 1) + tail.Length;
        await response.Body.WriteAsync(head).ConfigureAwait(false);
        await Rooms.WriteAsync(response.Body, count - 1, offset).ConfigureAwait(false);
        await response.Body.WriteAsync(tail).ConfigureAwait(false);
    }

    private static string RoomJson(int index) => $$$"""
        {"id":"{{{CannedRooms.Id(index)}}}","name":"bench-{{{index:x8}}}","api_created":true,"privacy":"public","url":"https://roomclients-bench.daily.co/bench-{{{index:x8}}}","created_at":"2026-11-22T21:00:00.000Z","config":{"exp":4102444800}}
        """;

    /// <summary>The hand-written client: one HttpClient with the key in its default headers, source-generated JSON, the same two calls per create and get.</summary>
    private sealed class Baseline : IBaselineClient
    {
        private readonly HttpClient _http;

        public Baseline(HttpClient http) => _http = http;

        public async Task<string> CreateAsync(CancellationToken cancellationToken = default)
        {
            var body = new RoomRequest { Properties = new RoomProperties { Exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds() } };
            using var response = await _http.PostAsJsonAsync("rooms", body, DailyBaselineJson.Default.RoomRequest, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var room = await response.Content.ReadFromJsonAsync(DailyBaselineJson.Default.Room, cancellationToken).ConfigureAwait(false);
            await TokenAsync(room!, cancellationToken).ConfigureAwait(false);
            return room!.Name;
        }

        public async Task<string> GetAsync(string roomId, CancellationToken cancellationToken = default)
        {
            using var response = await _http.GetAsync($"rooms/{Uri.EscapeDataString(roomId)}", cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var room = await response.Content.ReadFromJsonAsync(DailyBaselineJson.Default.Room, cancellationToken).ConfigureAwait(false);
            await TokenAsync(room!, cancellationToken).ConfigureAwait(false);
            return room!.Name;
        }

        public async Task<(int Count, string? Next)> ListPageAsync(string? cursor, int pageSize, CancellationToken cancellationToken = default)
        {
            var uri = cursor is null ? $"rooms?limit={pageSize}" : $"rooms?limit={pageSize}&starting_after={Uri.EscapeDataString(cursor)}";
            using var response = await _http.GetAsync(uri, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var page = await response.Content.ReadFromJsonAsync(DailyBaselineJson.Default.RoomPage, cancellationToken).ConfigureAwait(false);
            var count = page!.Data.Count(r => r.Name.Length > 0);
            return (count, count < pageSize ? null : page.Data[^1].Id);
        }

        public void Dispose() => _http.Dispose();

        private async Task TokenAsync(Room room, CancellationToken cancellationToken)
        {
            var body = new TokenRequest { Properties = new TokenProperties { RoomName = room.Name, IsOwner = true, Exp = room.Config?.Exp } };
            using var response = await _http.PostAsJsonAsync("meeting-tokens", body, DailyBaselineJson.Default.TokenRequest, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var token = await response.Content.ReadFromJsonAsync(DailyBaselineJson.Default.TokenAnswer, cancellationToken).ConfigureAwait(false);
            _ = new Uri(room.Url + "?t=" + token!.Token);
        }
    }

    internal sealed class RoomRequest
    {
        public RoomProperties? Properties { get; set; }
    }

    internal sealed class RoomProperties
    {
        public long? Exp { get; set; }
    }

    internal sealed class Room
    {
        public string Id { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string? Url { get; set; }

        public RoomProperties? Config { get; set; }
    }

    internal sealed class RoomPage
    {
        public List<Room> Data { get; set; } = [];
    }

    internal sealed class TokenRequest
    {
        public TokenProperties? Properties { get; set; }
    }

    internal sealed class TokenProperties
    {
        public string? RoomName { get; set; }

        public bool IsOwner { get; set; }

        public long? Exp { get; set; }
    }

    internal sealed class TokenAnswer
    {
        public string? Token { get; set; }
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(RoomRequest))]
    [JsonSerializable(typeof(Room))]
    [JsonSerializable(typeof(RoomPage))]
    [JsonSerializable(typeof(TokenRequest))]
    [JsonSerializable(typeof(TokenAnswer))]
    internal sealed partial class DailyBaselineJson : JsonSerializerContext;
}
