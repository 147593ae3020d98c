using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using RoomClients.Tests.Shared.OpenApi;
using RoomClients.Vonage.Models;

namespace RoomClients.Vonage.Tests;

/// <summary>
/// Sends the SDK's requests to Stoplight Prism serving Vonage's v1 portal OpenAPI file: Prism answers 422 to any request
/// that violates it. The <see cref="VonagePrism"/> fixture starts Prism (installing it from <c>tests/openapi</c> if needed);
/// the tests skip only when Node.js is not on the PATH.
/// The room deletion is left out: the seed documents it, the v1 file does not.
/// </summary>
public sealed class VonageOpenApiValidationTests(VonagePrism prism) : IClassFixture<VonagePrism>
{
    public static TheoryData<string> Operations => new(
        "NeutralCreateInstant", "NeutralCreateLongTerm", "NeutralGet", "NeutralList", "NeutralUpdate", "NeutralHostLink", "NeutralGuestLink",
        "ListRooms", "GetRoom", "GetRecording", "DeleteRecording", "ListSessionRecordings", "ListDialInNumbers",
        "ListThemes", "CreateTheme", "GetTheme", "UpdateTheme", "DeleteTheme", "ListThemeRooms", "LogoUploadUrls", "FinalizeLogos", "UpdateApplication");

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Prism_accepts_the_request(string operation)
    {
        var baseAddress = prism.BaseAddressOrSkip();

        using var rsa = RSA.Create(2048);
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms.AddVonage(o =>
        {
            o.ApplicationId = Guid.NewGuid().ToString();
            o.PrivateKey = rsa.ExportPkcs8PrivateKeyPem();
            o.BaseAddress = baseAddress;
        }));
        await using var provider = services.BuildServiceProvider();
        var api = provider.GetRequiredService<IVonageMeetingsApi>();
        var rooms = provider.GetRequiredService<IRoomService>();
        var ct = TestContext.Current.CancellationToken;
        const string RoomId = "9f6fe8ae-3458-4a72-b532-8276d5533e97";
        const string ThemeId = "e8b1d80b-8f78-4578-94f2-328596e01387";
        var theme = new ThemeDetails { ThemeName = "Brand", MainColor = "#12f64e", BrandText = "Acme", ShortCompanyUrl = "acme" };

        try
        {
            Task call = operation switch
            {
                "NeutralCreateInstant" => rooms.CreateRoomAsync(new CreateRoomRequest { DisplayName = "Consultation" }, ct),
                "NeutralCreateLongTerm" => rooms.CreateRoomAsync(new CreateRoomRequest { DisplayName = "Weekly", EndsAt = DateTimeOffset.UtcNow.AddDays(30), Locked = true, RecordAutomatically = true }, ct),
                "NeutralGet" => rooms.GetRoomAsync(RoomId, ct),
                "NeutralList" => rooms.ListRoomsAsync(new RoomQuery { PageSize = 20 }, ct).GetAsyncEnumerator(ct).MoveNextAsync().AsTask(),
                "NeutralUpdate" => rooms.UpdateRoomAsync(RoomId, new UpdateRoomRequest { EndsAt = DateTimeOffset.UtcNow.AddDays(60) }, ct),
                "NeutralHostLink" => rooms.CreateParticipantLinkAsync(RoomId, new ParticipantLinkRequest { Role = RoomParticipantRole.Host }, ct),
                "NeutralGuestLink" => rooms.CreateParticipantLinkAsync(RoomId, new ParticipantLinkRequest(), ct),
                "ListRooms" => api.ListRoomsAsync(1, 20, 10, ct),
                "GetRoom" => api.GetRoomAsync(RoomId, ct),
                "GetRecording" => api.GetRecordingAsync("rec-1", ct),
                "DeleteRecording" => api.DeleteRecordingAsync("rec-1", ct),
                "ListSessionRecordings" => api.ListSessionRecordingsAsync("2_MX40NjMzOTg5Mn5-MTY1", ct),
                "ListDialInNumbers" => api.ListDialInNumbersAsync(ct),
                "ListThemes" => api.ListThemesAsync(ct),
                "CreateTheme" => api.CreateThemeAsync(new CreateThemeRequest { ThemeName = theme.ThemeName, MainColor = theme.MainColor!, BrandText = theme.BrandText!, ShortCompanyUrl = theme.ShortCompanyUrl }, ct),
                "GetTheme" => api.GetThemeAsync(ThemeId, ct),
                "UpdateTheme" => api.UpdateThemeAsync(ThemeId, new UpdateThemeRequest { UpdateDetails = theme }, ct),
                "DeleteTheme" => api.DeleteThemeAsync(ThemeId, true, ct),
                "ListThemeRooms" => api.ListThemeRoomsAsync(ThemeId, 1, 20, ct),
                "LogoUploadUrls" => api.GetLogoUploadUrlsAsync(ct),
                "FinalizeLogos" => api.FinalizeLogosAsync(ThemeId, new FinalizeLogosRequest { Keys = ["auto-expiring-temp/logos/white/ca8ca97a"] }, ct),
                "UpdateApplication" => api.UpdateApplicationAsync(new UpdateApplicationRequest { UpdateDetails = new ApplicationUpdateDetails { DefaultThemeId = ThemeId } }, ct),
                _ => throw new ArgumentOutOfRangeException(nameof(operation)),
            };
            await call;
        }
        catch (RoomServiceException ex) when (ex.StatusCode == HttpStatusCode.NotFound && ex.Message.Contains("NO_PATH_MATCHED", StringComparison.Ordinal))
        {
            Assert.Fail($"{operation}: the path is not an operation of the OpenAPI file: {ex.Message}");
        }
        catch (RoomServiceException ex) when (ex.StatusCode != (HttpStatusCode)422)
        {
            // Prism's example answers may not satisfy our reading of them; only the request is under test here.
        }
        catch (RoomValidationException ex) when (ex.StatusCode == (HttpStatusCode)422)
        {
            Assert.Fail($"{operation}: Prism rejected the request: {ex.ProviderMessage} {ex.Message}");
        }
    }
}

/// <summary>
/// Prism serving Vonage's v1 portal file with its Express-style path parameters (<c>/rooms/:room_id</c>) rewritten as
/// OpenAPI templates (<c>/rooms/{room_id}</c>), which Prism needs to match a path.
/// </summary>
public sealed partial class VonagePrism() : PrismServer("vonage", "vonage-meetings.v1-portal.openapi.yml")
{
    protected override string Normalize(string spec) => ExpressParameter().Replace(spec, "/{$1}");

    [System.Text.RegularExpressions.GeneratedRegex("/:([A-Za-z_]+)")]
    private static partial System.Text.RegularExpressions.Regex ExpressParameter();
}
