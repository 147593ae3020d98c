using Microsoft.Extensions.DependencyInjection;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RoomClients.Benchmarks.Server;
using RoomClients.Vectera;

namespace RoomClients.Benchmarks.Providers;

/// <summary>Vectera: <c>POST/GET /api/v2/meetingRooms</c>, page-numbered <c>GET /api/v2/meetingRooms</c> (a JSON array), <c>Token</c> auth.</summary>
public sealed partial class VecteraBench : ProviderBench
{
    private static readonly CannedRooms Rooms = new(100, RoomJson);
    private static readonly byte[] One = Encoding.UTF8.GetBytes(RoomJson(0));
    private static readonly byte[] Open = "["u8.ToArray();
    private static readonly byte[] Close = "]"u8.ToArray();

    /// <inheritdoc />
    /// <inheritdoc/>
    public override Func<Task<string>>? SdkApiGet(IServiceProvider sdk)
    {
        var api = sdk.GetRequiredKeyedService<RoomClients.Vectera.IVecteraApi>(Name);
        return async () => (await api.GetMeetingRoomAsync(RoomId).ConfigureAwait(false)).Id!;
    }

    public override string Name => "vectera";

    /// <inheritdoc />
    public override int MaxPageSize => 100;

    /// <inheritdoc />
    public override void MapEndpoints(IEndpointRouteBuilder routes, CannedServer server)
    {
        routes.MapPost("/api/v2/meetingRooms", (HttpContext context) => CannedServer.WriteJsonAsync(context, One, 201));
        routes.MapGet("/api/v2/meetingRooms/{id}", (HttpContext context) => CannedServer.WriteJsonAsync(context, One));
        routes.MapGet("/api/v2/meetingRooms", (HttpContext context) =>
        {
            var query = context.Request.Query;
            var page = int.TryParse(query["page"], CultureInfo.InvariantCulture, out var p) ? p : 1;
            var perPage = int.TryParse(query["perPage"], CultureInfo.InvariantCulture, out var l) ? l : 50;
            return server.WritePageAsync(context, Rooms, (page - 1) * perPage, perPage, Open, static _ => Close);
        });
    }

    /// <inheritdoc />
    public override void AddSdk(RoomClientsBuilder rooms, Uri server) =>
        rooms.AddVectera(o =>
        {
            o.ApiToken = CannedServer.FakeCredential;
            o.BaseAddress = new Uri(server, "vectera/api/v2/");
        });

    /// <inheritdoc />
    public override void ConfigureBaseline(HttpClient http, Uri server)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.BaseAddress = new Uri(server, "vectera/api/v2/");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", CannedServer.FakeCredential);
    }

    /// <inheritdoc />
    public override IBaselineClient CreateBaseline(HttpClient http) => new Baseline(http);

    /// <inheritdoc />
    public override CreateRoomRequest CreateRequest() => new() { Kind = RoomKind.Permanent, Locked = true };

    private static string RoomJson(int index) => $$"""
        {"id":"{{CannedRooms.Id(index)}}","key":"bench-room-{{index:D6}}","url":"https://www.vectera.com/bench-room-{{index:D6}}","ownerId":"50213","dateCreated":"2026-11-22T21:00:00.000000Z","locked":false,"trashed":false,"publicAccessLevel":"should_knock","teamAccessLevel":"can_always_join"}
        """;

    /// <summary>The hand-written client: the token in the default headers, source-generated JSON.</summary>
    private sealed class Baseline : IBaselineClient
    {
        private readonly HttpClient _http;

        public Baseline(HttpClient http) => _http = http;

        public async Task<string> CreateAsync(CancellationToken cancellationToken = default)
        {
            var body = new RoomRequest { PublicAccessLevel = "should_knock" };
            using var response = await _http.PostAsJsonAsync("meetingRooms", body, VecteraBaselineJson.Default.RoomRequest, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var room = await response.Content.ReadFromJsonAsync(VecteraBaselineJson.Default.MeetingRoom, cancellationToken).ConfigureAwait(false);
            return room!.Id;
        }

        public async Task<string> GetAsync(string roomId, CancellationToken cancellationToken = default)
        {
            using var response = await _http.GetAsync($"meetingRooms/{Uri.EscapeDataString(roomId)}", cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var room = await response.Content.ReadFromJsonAsync(VecteraBaselineJson.Default.MeetingRoom, cancellationToken).ConfigureAwait(false);
            return room!.Id;
        }

        public async Task<(int Count, string? Next)> ListPageAsync(string? cursor, int pageSize, CancellationToken cancellationToken = default)
        {
            var page = cursor is null ? 1 : int.Parse(cursor, CultureInfo.InvariantCulture);
            using var response = await _http.GetAsync($"meetingRooms?page={page}&perPage={pageSize}", cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var rooms = await response.Content.ReadFromJsonAsync(VecteraBaselineJson.Default.ListMeetingRoom, cancellationToken).ConfigureAwait(false);
            var count = 0;
            foreach (var room in rooms!)
            {
                count += room.Id.Length > 0 ? 1 : 0;
            }

            return (count, count < pageSize ? null : (page + 1).ToString(CultureInfo.InvariantCulture));
        }

        public void Dispose() => _http.Dispose();
    }

    internal sealed class RoomRequest
    {
        public string? PublicAccessLevel { get; set; }
    }

    internal sealed class MeetingRoom
    {
        public string Id { get; set; } = string.Empty;

        public string? Key { get; set; }

        public Uri? Url { get; set; }

        public string? OwnerId { get; set; }

        public DateTimeOffset? DateCreated { get; set; }

        public bool? Locked { get; set; }

        public bool? Trashed { get; set; }

        public string? PublicAccessLevel { get; set; }

        public string? TeamAccessLevel { get; set; }
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(RoomRequest))]
    [JsonSerializable(typeof(MeetingRoom))]
    [JsonSerializable(typeof(List<MeetingRoom>))]
    internal sealed partial class VecteraBaselineJson : JsonSerializerContext;
}
