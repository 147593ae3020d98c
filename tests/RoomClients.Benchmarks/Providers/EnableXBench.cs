using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RoomClients.Benchmarks.Server;
using RoomClients.EnableX;

namespace RoomClients.Benchmarks.Providers;

/// <summary>
/// EnableX: <c>POST/GET /video/v2/rooms</c> in a <c>{"result":0,…}</c> envelope, HTTP Basic APP_ID:APP_KEY. <c>GET /rooms</c>
/// answers with every room at once (<see cref="RoomCapabilities.ListsInPages"/> is false), so EnableX has no listing
/// benchmark over 1,000 or 100,000 rooms: one answer of 100,000 rooms is one body, whatever the client.
/// </summary>
public sealed partial class EnableXBench : ProviderBench
{
    /// <summary>The fake APP_ID.</summary>
    public const string AppId = "5f8a1c2e9b7d4e21a9f80c5d";

    private static readonly CannedRooms Rooms = new(100, RoomJson);
    private static readonly byte[] One = Encoding.UTF8.GetBytes("""{"result":0,"room":""" + RoomJson(0) + "}");
    private static readonly byte[] ListPrefix = """{"result":0,"rooms":["""u8.ToArray();
    private static readonly byte[] ListSuffix = "]}"u8.ToArray();

    /// <inheritdoc />
    /// <inheritdoc/>
    public override Func<Task<string>>? SdkApiGet(IServiceProvider sdk)
    {
        var api = sdk.GetRequiredKeyedService<RoomClients.EnableX.IEnableXApi>(Name);
        return async () => (await api.GetRoomAsync(RoomId).ConfigureAwait(false)).Room!.RoomId!;
    }

    public override string Name => "enablex";

    /// <inheritdoc />
    public override int MaxPageSize => 1000;

    /// <inheritdoc />
    public override bool ListsInPages => false;

    /// <inheritdoc />
    public override string RoomId => "6a1b2c3d4e5f60718293a4b5";

    /// <inheritdoc />
    public override void MapEndpoints(IEndpointRouteBuilder routes, CannedServer server)
    {
        routes.MapPost("/video/v2/rooms", (HttpContext context) => CannedServer.WriteJsonAsync(context, One));
        routes.MapGet("/video/v2/rooms/{roomId}", (HttpContext context) => CannedServer.WriteJsonAsync(context, One));
        routes.MapGet("/video/v2/rooms", (HttpContext context) => server.WritePageAsync(context, Rooms, 0, int.MaxValue, ListPrefix, static _ => ListSuffix));
    }

    /// <inheritdoc />
    public override void AddSdk(RoomClientsBuilder rooms, Uri server) =>
        rooms.AddEnableX(o =>
        {
            o.AppId = AppId;
            o.AppKey = CannedServer.FakeCredential;
            o.BaseAddress = new Uri(server, "enablex/");
            o.MeetingSubdomain = "bench";
        });

    /// <inheritdoc />
    public override void ConfigureBaseline(HttpClient http, Uri server)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.BaseAddress = new Uri(server, "enablex/video/v2/");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AppId}:{CannedServer.FakeCredential}")));
    }

    /// <inheritdoc />
    public override IBaselineClient CreateBaseline(HttpClient http) => new Baseline(http);

    /// <inheritdoc />
    public override CreateRoomRequest CreateRequest() => new() { Kind = RoomKind.Permanent, DisplayName = "Weekly sync" };

    private static string RoomJson(int index)
    {
        var id = index == 0 ? "6a1b2c3d4e5f60718293a4b5" : $"6a1b2c3d4e5f{index:x12}";
        return $$"""
            {"room_id":"{{id}}","name":"Weekly sync","owner_ref":"roomclients","settings":{"description":"","mode":"group","scheduled":false,"adhoc":false,"duration":60,"moderators":"1","participants":"10","auto_recording":false,"quality":"SD","canvas":false,"screen_share":true,"abwd":true,"max_active_talkers":4,"knock":false,"wait_for_moderator":false},"sip":{"enabled":false},"data":{"course":"c-101"},"created":"2026-11-22T21:00:00.000Z"}
            """;
    }

    /// <summary>The hand-written client: Basic credentials in the default headers, the envelope's <c>result</c> checked on every answer.</summary>
    private sealed class Baseline : IBaselineClient
    {
        private readonly HttpClient _http;

        public Baseline(HttpClient http) => _http = http;

        public async Task<string> CreateAsync(CancellationToken cancellationToken = default)
        {
            var body = new RoomRequest { Name = "Weekly sync", OwnerRef = "roomclients", Settings = new RoomSettings { Mode = "group", Scheduled = false, Adhoc = false, Moderators = "1", Participants = "10" } };
            using var response = await _http.PostAsJsonAsync("rooms", body, EnableXBaselineJson.Default.RoomRequest, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var answer = await response.Content.ReadFromJsonAsync(EnableXBaselineJson.Default.RoomAnswer, cancellationToken).ConfigureAwait(false);
            return Checked(answer!.Result, answer.Room!.RoomId);
        }

        public async Task<string> GetAsync(string roomId, CancellationToken cancellationToken = default)
        {
            using var response = await _http.GetAsync($"rooms/{Uri.EscapeDataString(roomId)}", cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var answer = await response.Content.ReadFromJsonAsync(EnableXBaselineJson.Default.RoomAnswer, cancellationToken).ConfigureAwait(false);
            return Checked(answer!.Result, answer.Room!.RoomId);
        }

        public async Task<(int Count, string? Next)> ListPageAsync(string? cursor, int pageSize, CancellationToken cancellationToken = default)
        {
            using var response = await _http.GetAsync("rooms", cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var answer = await response.Content.ReadFromJsonAsync(EnableXBaselineJson.Default.RoomListAnswer, cancellationToken).ConfigureAwait(false);
            Checked(answer!.Result, string.Empty);
            var count = 0;
            foreach (var room in answer.Rooms ?? [])
            {
                count += room.RoomId.Length > 0 ? 1 : 0;
            }

            return (count, null); // every room in one answer
        }

        public void Dispose() => _http.Dispose();

        private static string Checked(int result, string id) =>
            result == 0 ? id : throw new HttpRequestException($"EnableX answered result {result}.");
    }

    internal sealed class RoomSettings
    {
        public string? Mode { get; set; }

        public bool? Scheduled { get; set; }

        public bool? Adhoc { get; set; }

        public string? Moderators { get; set; }

        public string? Participants { get; set; }
    }

    internal sealed class RoomRequest
    {
        public string Name { get; set; } = string.Empty;

        public string? OwnerRef { get; set; }

        public RoomSettings? Settings { get; set; }
    }

    internal sealed class Room
    {
        public string RoomId { get; set; } = string.Empty;

        public string? Name { get; set; }

        public string? OwnerRef { get; set; }

        public RoomSettings? Settings { get; set; }

        public Dictionary<string, string>? Data { get; set; }

        public DateTimeOffset? Created { get; set; }
    }

    internal sealed class RoomAnswer
    {
        public int Result { get; set; }

        public Room? Room { get; set; }
    }

    internal sealed class RoomListAnswer
    {
        public int Result { get; set; }

        public List<Room>? Rooms { get; set; }
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(RoomRequest))]
    [JsonSerializable(typeof(RoomAnswer))]
    [JsonSerializable(typeof(RoomListAnswer))]
    internal sealed partial class EnableXBaselineJson : JsonSerializerContext;
}
