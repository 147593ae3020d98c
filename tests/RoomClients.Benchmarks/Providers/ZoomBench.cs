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
using RoomClients.DependencyInjection;
using RoomClients.Zoom;

namespace RoomClients.Benchmarks.Providers;

/// <summary>
/// Zoom: <c>POST/GET /v2/users/me/meetings</c>, <c>GET /v2/meetings/{id}</c>, <c>next_page_token</c> paging, and the
/// Server-to-Server OAuth token (<c>POST /oauth/token</c>), requested once and cached by both the SDK and the baseline.
/// </summary>
public sealed partial class ZoomBench : ProviderBench
{
    private static readonly CannedRooms Rooms = new(300, MeetingJson);
    private static readonly byte[] One = Encoding.UTF8.GetBytes(MeetingJson(0));
    private static readonly byte[] Token = """{"access_token":"eyJhbGciOiJIUzUxMiJ9.bench-token-not-a-secret","token_type":"bearer","expires_in":3600,"scope":"meeting:write:admin meeting:read:admin"}"""u8.ToArray();
    private static readonly byte[] PagePrefix = """{"page_size":30,"total_records":300,"meetings":["""u8.ToArray();

    /// <inheritdoc />
    /// <inheritdoc/>
    public override Func<Task<string>>? SdkApiGet(IServiceProvider sdk)
    {
        var api = sdk.GetRequiredKeyedService<RoomClients.Zoom.IZoomApi>(Name);
        return async () => (await api.GetMeetingAsync(RoomId).ConfigureAwait(false)).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public override string Name => "zoom";

    /// <inheritdoc />
    public override int MaxPageSize => 300;

    /// <inheritdoc />
    public override void MapEndpoints(IEndpointRouteBuilder routes, CannedServer server)
    {
        routes.MapPost("/oauth/token", (HttpContext context) => CannedServer.WriteJsonAsync(context, Token));
        routes.MapPost("/v2/users/{userId}/meetings", (HttpContext context) => CannedServer.WriteJsonAsync(context, One, 201));
        routes.MapGet("/v2/meetings/{meetingId}", (HttpContext context) => CannedServer.WriteJsonAsync(context, One));
        routes.MapGet("/v2/users/{userId}/meetings", (HttpContext context) =>
        {
            var query = context.Request.Query;
            var offset = int.TryParse(query["next_page_token"], CultureInfo.InvariantCulture, out var o) ? o : 0;
            var limit = int.TryParse(query["page_size"], CultureInfo.InvariantCulture, out var l) ? l : 30;
            return server.WritePageAsync(context, Rooms, offset, limit, PagePrefix, static next => Encoding.UTF8.GetBytes(
                next is { } n ? $$"""],"next_page_token":"{{n}}"}""" : """],"next_page_token":""}"""));
        });
    }

    /// <inheritdoc />
    public override void AddSdk(RoomClientsBuilder rooms, Uri server) =>
        rooms.AddZoom(o =>
        {
            o.AccountId = "bench-account";
            o.ClientId = "bench-client";
            o.ClientSecret = CannedServer.FakeCredential;
            o.BaseAddress = new Uri(server, "zoom/v2/");
            o.OAuthBaseAddress = new Uri(server, "zoom/");
        });

    /// <inheritdoc />
    public override void ConfigureBaseline(HttpClient http, Uri server)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.BaseAddress = new Uri(server, "zoom/");
    }

    /// <inheritdoc />
    public override IBaselineClient CreateBaseline(HttpClient http) => new Baseline(http);

    /// <inheritdoc />
    public override CreateRoomRequest CreateRequest() => new() { EndsAt = DateTimeOffset.UtcNow.AddHours(1) };

    private static string MeetingJson(int index)
    {
        var id = CannedRooms.Id(index);
        return $$$"""
            {"id":{{{id}}},"uuid":"ng1MzyWNQaObxcf3+Gfm6A==","host_id":"AbcDefGHi","topic":"Bench {{{index}}}","type":2,"status":"waiting","start_time":"2026-11-22T21:00:00Z","duration":60,"timezone":"UTC","created_at":"2026-11-22T21:00:00Z","start_url":"https://us02web.zoom.us/s/{{{id}}}?zak=eyJ6bV9za20iOiJ6bV9vMm0iLCJ0eXAiOiJKV1QifQ.c2lnbmF0dXJlLW5vdC1yZWFs","join_url":"https://us02web.zoom.us/j/{{{id}}}?pwd=bench","password":"a1B2c3","settings":{"waiting_room":false,"auto_recording":"none"}}
            """;
    }

    /// <summary>The hand-written client: one HttpClient, the token fetched once (Basic client credentials) and reused, source-generated JSON.</summary>
    private sealed class Baseline : IBaselineClient
    {
        private readonly HttpClient _http;
        private readonly SemaphoreSlim _gate = new(1, 1);
        private AuthenticationHeaderValue? _bearer;

        public Baseline(HttpClient http) => _http = http;

        public async Task<string> CreateAsync(CancellationToken cancellationToken = default)
        {
            var start = DateTimeOffset.UtcNow;
            var body = new MeetingRequest { Type = 2, StartTime = start.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), Duration = 60 };
            using var request = new HttpRequestMessage(HttpMethod.Post, "v2/users/me/meetings") { Content = JsonContent.Create(body, ZoomBaselineJson.Default.MeetingRequest) };
            request.Headers.Authorization = await BearerAsync(cancellationToken).ConfigureAwait(false);
            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var meeting = await response.Content.ReadFromJsonAsync(ZoomBaselineJson.Default.Meeting, cancellationToken).ConfigureAwait(false);
            return meeting!.Id.ToString(CultureInfo.InvariantCulture);
        }

        public async Task<string> GetAsync(string roomId, CancellationToken cancellationToken = default)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"v2/meetings/{Uri.EscapeDataString(roomId)}");
            request.Headers.Authorization = await BearerAsync(cancellationToken).ConfigureAwait(false);
            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var meeting = await response.Content.ReadFromJsonAsync(ZoomBaselineJson.Default.Meeting, cancellationToken).ConfigureAwait(false);
            return meeting!.Id.ToString(CultureInfo.InvariantCulture);
        }

        public async Task<(int Count, string? Next)> ListPageAsync(string? cursor, int pageSize, CancellationToken cancellationToken = default)
        {
            var uri = cursor is null
                ? $"v2/users/me/meetings?type=scheduled&page_size={pageSize}"
                : $"v2/users/me/meetings?type=scheduled&page_size={pageSize}&next_page_token={Uri.EscapeDataString(cursor)}";
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Authorization = await BearerAsync(cancellationToken).ConfigureAwait(false);
            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var page = await response.Content.ReadFromJsonAsync(ZoomBaselineJson.Default.MeetingPage, cancellationToken).ConfigureAwait(false);
            var count = 0;
            foreach (var meeting in page!.Meetings)
            {
                count += meeting.Id > 0 ? 1 : 0;
            }

            return (count, string.IsNullOrEmpty(page.NextPageToken) || count == 0 ? null : page.NextPageToken);
        }

        public void Dispose()
        {
            _http.Dispose();
            _gate.Dispose();
        }

        private async ValueTask<AuthenticationHeaderValue> BearerAsync(CancellationToken cancellationToken)
        {
            if (Volatile.Read(ref _bearer) is { } cached)
            {
                return cached;
            }

            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (_bearer is { } again)
                {
                    return again;
                }

                using var request = new HttpRequestMessage(HttpMethod.Post, "oauth/token?grant_type=account_credentials&account_id=bench-account");
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("bench-client:" + CannedServer.FakeCredential)));
                using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                response.EnsureSuccessStatusCode();
                var token = await response.Content.ReadFromJsonAsync(ZoomBaselineJson.Default.AccessToken, cancellationToken).ConfigureAwait(false);
                var header = new AuthenticationHeaderValue("Bearer", token!.Value);
                Volatile.Write(ref _bearer, header);
                return header;
            }
            finally
            {
                _gate.Release();
            }
        }
    }

    internal sealed class MeetingRequest
    {
        public int Type { get; set; }

        public string? StartTime { get; set; }

        public int? Duration { get; set; }
    }

    internal sealed class Meeting
    {
        public long Id { get; set; }

        public string? Topic { get; set; }

        public int Type { get; set; }

        public DateTimeOffset? StartTime { get; set; }

        public int? Duration { get; set; }

        public Uri? StartUrl { get; set; }

        public Uri? JoinUrl { get; set; }
    }

    internal sealed class MeetingPage
    {
        public List<Meeting> Meetings { get; set; } = [];

        public string? NextPageToken { get; set; }
    }

    internal sealed class AccessToken
    {
        [JsonPropertyName("access_token")]
        public string Value { get; set; } = string.Empty;

        [JsonPropertyName("expires_in")]
        public int ExpiresIn { get; set; }
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(MeetingRequest))]
    [JsonSerializable(typeof(Meeting))]
    [JsonSerializable(typeof(MeetingPage))]
    [JsonSerializable(typeof(AccessToken))]
    internal sealed partial class ZoomBaselineJson : JsonSerializerContext;
}
