using Microsoft.Extensions.DependencyInjection;
using System.Globalization;
using System.IdentityModel.Tokens.Jwt;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.Tokens;
using RoomClients.Benchmarks.Server;
using RoomClients.Vonage;

namespace RoomClients.Benchmarks.Providers;

/// <summary>Vonage Meetings: <c>POST/GET /v1/meetings/rooms</c>, <c>start_id</c>-paged HAL list, RS256 application JWT.</summary>
public sealed partial class VonageBench : ProviderBench
{
    /// <summary>The fake application id.</summary>
    public const string ApplicationId = "4f1c2a8e-0b7d-4e21-9a8f-0c5d7e4b1a23";

    private static readonly CannedRooms Rooms = new(1000, RoomJson, IdOf);
    private static readonly byte[] One = Encoding.UTF8.GetBytes(RoomJson(0));
    private static readonly Lazy<string> Pem = new(() =>
    {
        using var rsa = RSA.Create(2048); // generated per process: no key is committed
        return rsa.ExportPkcs8PrivateKeyPem();
    });

    /// <summary>Gets the process's throw-away RSA-2048 private key (PKCS#8 PEM).</summary>
    public static string PrivateKeyPem => Pem.Value;

    /// <inheritdoc />
    /// <inheritdoc/>
    public override Func<Task<string>>? SdkApiGet(IServiceProvider sdk)
    {
        var api = sdk.GetRequiredKeyedService<RoomClients.Vonage.IVonageMeetingsApi>(Name);
        return async () => (await api.GetRoomAsync(RoomId).ConfigureAwait(false)).Id!;
    }

    public override string Name => "vonage";

    /// <inheritdoc />
    public override int MaxPageSize => 1000;

    /// <inheritdoc />
    public override string RoomId => "3ae6c5c3-8d4b-4b3e-bd0a-91934500aaaa";

    /// <inheritdoc />
    public override void MapEndpoints(IEndpointRouteBuilder routes, CannedServer server)
    {
        routes.MapPost("/v1/meetings/rooms", (HttpContext context) => CannedServer.WriteJsonAsync(context, One, 201));
        routes.MapGet("/v1/meetings/rooms/{roomId}", (HttpContext context) => CannedServer.WriteJsonAsync(context, One));
        routes.MapGet("/v1/meetings/rooms", (HttpContext context) =>
        {
            var query = context.Request.Query;
            var offset = int.TryParse(query["start_id"], CultureInfo.InvariantCulture, out var o) ? o : 0;
            var limit = int.TryParse(query["page_size"], CultureInfo.InvariantCulture, out var l) ? l : 20;
            var prefix = Encoding.UTF8.GetBytes($$$$"""{"page_size":{{{{limit}}}},"total_items":{{{{server.TotalRooms}}}},"_embedded":[""");
            var rooms = new Uri(server.BaseAddress, "vonage/v1/meetings/rooms").AbsoluteUri; // the links name the server the SDK talks to: it follows no other
            return server.WritePageAsync(context, Rooms, offset, limit, prefix, next => Encoding.UTF8.GetBytes(next is { } n
                ? $$$$"""],"_links":{"first":{"href":"{{{{rooms}}}}?page_size={{{{limit}}}}"},"self":{"href":"{{{{rooms}}}}?page_size={{{{limit}}}}&start_id={{{{offset}}}}"},"next":{"href":"{{{{rooms}}}}?page_size={{{{limit}}}}&start_id={{{{n}}}}"}}}"""
                : $$$$"""],"_links":{"first":{"href":"{{{{rooms}}}}?page_size={{{{limit}}}}"},"self":{"href":"{{{{rooms}}}}?page_size={{{{limit}}}}&start_id={{{{offset}}}}"}}}"""));
        });
    }

    /// <inheritdoc />
    public override void AddSdk(RoomClientsBuilder rooms, Uri server) =>
        rooms.AddVonage(o =>
        {
            o.ApplicationId = ApplicationId;
            o.PrivateKey = PrivateKeyPem;
            o.BaseAddress = new Uri(server, "vonage/v1/meetings/");
        });

    /// <inheritdoc />
    public override void ConfigureBaseline(HttpClient http, Uri server)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.BaseAddress = new Uri(server, "vonage/v1/meetings/");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SignJwt(Credentials()));
    }

    /// <inheritdoc />
    public override IBaselineClient CreateBaseline(HttpClient http) => new Baseline(http);

    /// <inheritdoc />
    public override CreateRoomRequest CreateRequest() => new() { DisplayName = "Weekly sync" };

    /// <summary>Signs one RS256 application JWT the way the SDK does (IdentityModel, RSA-2048), for the signing-cost benchmark and the baseline.</summary>
    public static string SignJwt(SigningCredentials credentials)
    {
        var issuedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payload = new JwtPayload
        {
            { "application_id", ApplicationId },
            { "iat", issuedAt },
            { "jti", Guid.NewGuid().ToString() },
            { "exp", issuedAt + 900 },
        };
        return new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(new JwtHeader(credentials), payload));
    }

    /// <summary>Creates signing credentials over the process's key.</summary>
    public static SigningCredentials Credentials()
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(PrivateKeyPem);
        return new SigningCredentials(new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: true)), SecurityAlgorithms.RsaSha256);
    }

    private static string IdOf(int index) => index == 0 ? "3ae6c5c3-8d4b-4b3e-bd0a-91934500aaaa" : $"3ae6c5c3-8d4b-4b3e-bd0a-{index:D12}";

    private static string RoomJson(int index)
    {
        var id = IdOf(index);
        var code = (281234567 + index).ToString(CultureInfo.InvariantCulture);
        return $$$$"""
            {"id":"{{{{id}}}}","display_name":"Weekly sync","metadata":null,"type":"instant","meeting_code":"{{{{code}}}}","is_available":true,"theme_id":null,"created_at":"2026-11-22T21:00:00.000Z","expires_at":"2026-11-22T21:10:00.000Z","expire_after_use":false,"recording_options":{"auto_record":false,"record_only_owner":false},"join_approval_level":"none","initial_join_options":{"microphone_state":"default"},"callback_urls":{"rooms_callback_url":null,"sessions_callback_url":null,"recordings_callback_url":null},"available_features":{"is_recording_available":true,"is_chat_available":true,"is_whiteboard_available":true,"is_locale_switcher_available":false,"is_captions_available":false},"ui_settings":{"language":"default"},"_links":{"host_url":{"href":"https://meetings.vonage.com/?room_token={{{{code}}}}&participant_token=eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiaG9zdCJ9.bm90LXJlYWw"},"guest_url":{"href":"https://meetings.vonage.com/{{{{code}}}}"}}}
            """;
    }

    /// <summary>The hand-written client: one RS256 JWT signed up front and kept in the default headers.</summary>
    private sealed class Baseline : IBaselineClient
    {
        private readonly HttpClient _http;

        public Baseline(HttpClient http) => _http = http;

        public async Task<string> CreateAsync(CancellationToken cancellationToken = default)
        {
            var body = new RoomRequest { DisplayName = "Weekly sync", Type = "instant" };
            using var response = await _http.PostAsJsonAsync("rooms", body, VonageBaselineJson.Default.RoomRequest, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var room = await response.Content.ReadFromJsonAsync(VonageBaselineJson.Default.VonageRoom, cancellationToken).ConfigureAwait(false);
            return room!.Id!;
        }

        public async Task<string> GetAsync(string roomId, CancellationToken cancellationToken = default)
        {
            using var response = await _http.GetAsync($"rooms/{Uri.EscapeDataString(roomId)}", cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var room = await response.Content.ReadFromJsonAsync(VonageBaselineJson.Default.VonageRoom, cancellationToken).ConfigureAwait(false);
            return room!.Id!;
        }

        public async Task<(int Count, string? Next)> ListPageAsync(string? cursor, int pageSize, CancellationToken cancellationToken = default)
        {
            var uri = cursor is null ? $"rooms?page_size={pageSize}" : $"rooms?start_id={cursor}&page_size={pageSize}";
            using var response = await _http.GetAsync(uri, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var page = await response.Content.ReadFromJsonAsync(VonageBaselineJson.Default.RoomsPage, cancellationToken).ConfigureAwait(false);
            var count = 0;
            foreach (var room in page!.Embedded ?? [])
            {
                count += room.Id is { Length: > 0 } ? 1 : 0;
            }

            var href = page.Links?.Next?.Href;
            var at = href?.IndexOf("start_id=", StringComparison.Ordinal) ?? -1;
            return (count, at < 0 || count == 0 ? null : href![(at + 9)..].Split('&')[0]);
        }

        public void Dispose() => _http.Dispose();
    }

    internal sealed class RoomRequest
    {
        public string DisplayName { get; set; } = string.Empty;

        public string? Type { get; set; }
    }

    internal sealed class Link
    {
        public string? Href { get; set; }
    }

    internal sealed class RoomLinks
    {
        public Link? HostUrl { get; set; }

        public Link? GuestUrl { get; set; }
    }

    internal sealed class PageLinks
    {
        public Link? First { get; set; }

        public Link? Self { get; set; }

        public Link? Next { get; set; }
    }

    internal sealed class VonageRoom
    {
        public string? Id { get; set; }

        public string? DisplayName { get; set; }

        public string? Metadata { get; set; }

        public string? Type { get; set; }

        public string? MeetingCode { get; set; }

        public bool? IsAvailable { get; set; }

        public string? ThemeId { get; set; }

        public DateTimeOffset? CreatedAt { get; set; }

        public DateTimeOffset? ExpiresAt { get; set; }

        public bool? ExpireAfterUse { get; set; }

        public string? JoinApprovalLevel { get; set; }

        [JsonPropertyName("_links")]
        public RoomLinks? Links { get; set; }
    }

    internal sealed class RoomsPage
    {
        public int? PageSize { get; set; }

        public int? TotalItems { get; set; }

        [JsonPropertyName("_embedded")]
        public List<VonageRoom>? Embedded { get; set; }

        [JsonPropertyName("_links")]
        public PageLinks? Links { get; set; }
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(RoomRequest))]
    [JsonSerializable(typeof(VonageRoom))]
    [JsonSerializable(typeof(RoomsPage))]
    internal sealed partial class VonageBaselineJson : JsonSerializerContext;
}
