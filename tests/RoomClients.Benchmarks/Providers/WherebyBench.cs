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
using RoomClients.Whereby;

namespace RoomClients.Benchmarks.Providers;

/// <summary>Whereby: <c>POST/GET /v1/meetings</c>, cursor-paged <c>GET /v1/meetings</c>, Bearer API key.</summary>
public sealed partial class WherebyBench : ProviderBench
{
    private static readonly CannedRooms Rooms = new(100, MeetingJson);
    private static readonly byte[] One = Encoding.UTF8.GetBytes(MeetingJson(0));
    private static readonly byte[] PagePrefix = """{"results":["""u8.ToArray();

    /// <inheritdoc />
    /// <inheritdoc/>
    public override Func<Task<string>>? SdkApiGet(IServiceProvider sdk)
    {
        var api = sdk.GetRequiredKeyedService<IWherebyApi>(Name);
        string[] fields = ["hostRoomUrl"];
        return async () => (await api.GetMeetingAsync(RoomId, fields).ConfigureAwait(false)).MeetingId!;
    }

    public override string Name => "whereby";

    /// <inheritdoc />
    public override int MaxPageSize => 100;

    /// <inheritdoc />
    public override void MapEndpoints(IEndpointRouteBuilder routes, CannedServer server)
    {
        routes.MapPost("/v1/meetings", (HttpContext context) => CannedServer.WriteJsonAsync(context, One, 201));
        routes.MapGet("/v1/meetings/{meetingId}", (HttpContext context) => CannedServer.WriteJsonAsync(context, One));
        routes.MapGet("/v1/meetings", (HttpContext context) =>
        {
            var query = context.Request.Query;
            var offset = int.TryParse(query["cursor"], CultureInfo.InvariantCulture, out var o) ? o : 0;
            var limit = int.TryParse(query["limit"], CultureInfo.InvariantCulture, out var l) ? l : 50;
            return server.WritePageAsync(context, Rooms, offset, limit, PagePrefix, static next => Encoding.UTF8.GetBytes(
                next is { } n ? $$"""],"cursor":"{{n}}"}""" : """],"cursor":null}"""));
        });
    }

    /// <inheritdoc />
    public override void AddSdk(RoomClientsBuilder rooms, Uri server) =>
        rooms.AddWhereby(o =>
        {
            o.ApiKey = CannedServer.FakeCredential;
            o.BaseAddress = new Uri(server, "whereby/v1/");
        });

    /// <inheritdoc />
    public override void ConfigureBaseline(HttpClient http, Uri server)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.BaseAddress = new Uri(server, "whereby/v1/");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", CannedServer.FakeCredential);
    }

    /// <inheritdoc />
    public override IBaselineClient CreateBaseline(HttpClient http) => new Baseline(http);

    /// <inheritdoc />
    public override CreateRoomRequest CreateRequest() => new() { EndsAt = DateTimeOffset.UtcNow.AddHours(1) };

    private static string MeetingJson(int index)
    {
        var name = $"bench-{index:x8}-6b7d-4e21-9a8f-0c5d7e4b1a23";
        return $$"""
            {"meetingId":"{{CannedRooms.Id(index)}}","roomName":"/{{name}}","roomUrl":"https://roomclients-bench.whereby.com/{{name}}","startDate":"2026-11-22T21:00:00.000Z","endDate":"2026-11-22T22:00:00.000Z","hostRoomUrl":"https://roomclients-bench.whereby.com/{{name}}?roomKey=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJtZWV0aW5nSWQiOiI5MTkzNDUwMCIsInJvb21LZXkiOiJob3N0In0.c2lnbmF0dXJlLW5vdC1yZWFs"}
            """;
    }

    /// <summary>The hand-written client: one HttpClient with the key in its default headers, source-generated JSON.</summary>
    private sealed class Baseline : IBaselineClient
    {
        private static readonly string[] HostFields = ["hostRoomUrl"];
        private readonly HttpClient _http;

        public Baseline(HttpClient http) => _http = http;

        public async Task<string> CreateAsync(CancellationToken cancellationToken = default)
        {
            var body = new MeetingRequest { EndDate = DateTimeOffset.UtcNow.AddHours(1).ToUniversalTime(), Fields = HostFields };
            using var response = await _http.PostAsJsonAsync("meetings", body, WherebyBaselineJson.Default.MeetingRequest, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var meeting = await response.Content.ReadFromJsonAsync(WherebyBaselineJson.Default.Meeting, cancellationToken).ConfigureAwait(false);
            return meeting!.MeetingId;
        }

        public async Task<string> GetAsync(string roomId, CancellationToken cancellationToken = default)
        {
            using var response = await _http.GetAsync($"meetings/{Uri.EscapeDataString(roomId)}?fields=hostRoomUrl", cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var meeting = await response.Content.ReadFromJsonAsync(WherebyBaselineJson.Default.Meeting, cancellationToken).ConfigureAwait(false);
            return meeting!.MeetingId;
        }

        public async Task<(int Count, string? Next)> ListPageAsync(string? cursor, int pageSize, CancellationToken cancellationToken = default)
        {
            var uri = cursor is null
                ? $"meetings?limit={pageSize}&fields=hostRoomUrl"
                : $"meetings?cursor={Uri.EscapeDataString(cursor)}&limit={pageSize}&fields=hostRoomUrl";
            using var response = await _http.GetAsync(uri, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var page = await response.Content.ReadFromJsonAsync(WherebyBaselineJson.Default.MeetingPage, cancellationToken).ConfigureAwait(false);
            var count = 0;
            foreach (var meeting in page!.Results)
            {
                count += meeting.MeetingId.Length > 0 ? 1 : 0;
            }

            return (count, string.IsNullOrEmpty(page.Cursor) || count == 0 ? null : page.Cursor);
        }

        public void Dispose() => _http.Dispose();
    }

    internal sealed class MeetingRequest
    {
        public DateTimeOffset EndDate { get; set; }

        public IList<string>? Fields { get; set; }
    }

    internal sealed class Meeting
    {
        public string MeetingId { get; set; } = string.Empty;

        public string? RoomName { get; set; }

        public Uri? RoomUrl { get; set; }

        public DateTimeOffset? StartDate { get; set; }

        public DateTimeOffset EndDate { get; set; }

        public Uri? HostRoomUrl { get; set; }

        public Uri? ViewerRoomUrl { get; set; }
    }

    internal sealed class MeetingPage
    {
        public List<Meeting> Results { get; set; } = [];

        public string? Cursor { get; set; }
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(MeetingRequest))]
    [JsonSerializable(typeof(Meeting))]
    [JsonSerializable(typeof(MeetingPage))]
    internal sealed partial class WherebyBaselineJson : JsonSerializerContext;
}
