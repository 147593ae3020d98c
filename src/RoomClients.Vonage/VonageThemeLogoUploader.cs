using System.Net.Http.Headers;
using RoomClients.Vonage.Models;

namespace RoomClients.Vonage;

/// <summary>
/// Uploads a theme logo in Vonage's three steps: <c>GET /themes/logos-upload-urls</c>, a <c>multipart/form-data</c> POST of
/// the file to the pre-signed storage URL (sent without the Vonage Authorization header), then
/// <c>PUT /themes/{id}/finalizeLogos</c>. Resolve it from DI after <c>AddVonage()</c> (keyed by the registration name).
/// </summary>
public sealed class VonageThemeLogoUploader
{
    private static readonly string[] LogoTypes = ["white", "colored", "favicon"];
    private readonly IVonageMeetingsApi _api;
    private readonly HttpClient _storage;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="api">The Meetings API (steps 1 and 3).</param>
    /// <param name="storage">A client without Vonage authentication, for the storage POST (step 2).</param>
    internal VonageThemeLogoUploader(IVonageMeetingsApi api, HttpClient storage)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(storage);
        _api = api;
        _storage = storage;
    }

    /// <summary>Uploads <paramref name="content"/> as the theme's <paramref name="logoType"/> logo and finalizes it.</summary>
    /// <param name="themeId">The theme id.</param>
    /// <param name="logoType"><c>white</c>, <c>colored</c> or <c>favicon</c>.</param>
    /// <param name="content">The image (PNG).</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>The storage key that was finalized.</returns>
    public async Task<string> UploadAsync(string themeId, string logoType, Stream content, CancellationToken cancellationToken = default)
    {
        RoomGuard.Id(RoomProviders.Vonage, themeId, nameof(themeId));
        ArgumentNullException.ThrowIfNull(content);
        if (!LogoTypes.Contains(logoType, StringComparer.Ordinal))
        {
            throw new RoomValidationException(RoomProviders.Vonage, nameof(logoType), "must be white, colored or favicon.");
        }

        var forms = await _api.GetLogoUploadUrlsAsync(cancellationToken).ConfigureAwait(false);
        var form = forms?.FirstOrDefault(f => f.LogoType == logoType);
        if (form?.Url is null || form.Key is null || form.Fields is null)
        {
            throw new RoomServiceException($"vonage: logos-upload-urls returned no '{logoType}' form with a url and a key.", new RoomErrorDetails(RoomProviders.Vonage));
        }

        using var multipart = new MultipartFormDataContent();
        foreach (var field in form.Fields)
        {
            multipart.Add(new StringContent(field.Value), field.Key);
        }

        var file = new StreamContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(form.Fields.TryGetValue("Content-Type", out var type) ? type : "image/png");
        multipart.Add(file, "file", $"{logoType}.png");
        using (var response = await _storage.PostAsync(form.Url, multipart, cancellationToken).ConfigureAwait(false))
        {
            if (!response.IsSuccessStatusCode)
            {
                var detail = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                throw new RoomServiceException($"vonage: the logo storage answered {(int)response.StatusCode} to the upload: {(detail.Length > 300 ? detail[..300] : detail)}", new RoomErrorDetails(RoomProviders.Vonage, response.StatusCode));
            }
        }

        await _api.FinalizeLogosAsync(themeId, new FinalizeLogosRequest { Keys = [form.Key] }, cancellationToken).ConfigureAwait(false);
        return form.Key;
    }
}
