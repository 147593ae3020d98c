using System.Net.Http.Headers;
using RoomClients.Http;
using RoomClients.Vonage.Models;

namespace RoomClients.Vonage;

/// <summary>
/// Uploads a theme logo in Vonage's three steps: <c>GET /themes/logos-upload-urls</c>, a <c>multipart/form-data</c> POST of
/// the file to the pre-signed storage URL (sent without the Vonage Authorization header), then
/// <c>PUT /themes/{id}/finalizeLogos</c>. Resolve it from DI after <c>AddVonage()</c> (keyed by the registration name).
/// </summary>
public sealed class VonageThemeLogoUploader
{
    internal const int MaxStorageAnswerBytes = 64 * 1024;
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
    /// <exception cref="RoomServiceException">A step failed: <see cref="RoomProviderUnavailableException"/> when the storage cannot be reached or does not answer, <see cref="RoomServiceException"/> when it refuses the upload or redirects.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is <see langword="null"/>.</exception>
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
        await PostToStorageAsync(form.Url, multipart, cancellationToken).ConfigureAwait(false);

        await _api.FinalizeLogosAsync(themeId, new FinalizeLogosRequest { Keys = [form.Key] }, cancellationToken).ConfigureAwait(false);
        return form.Key;
    }

    private async Task PostToStorageAsync(Uri target, HttpContent multipart, CancellationToken cancellationToken)
    {
        if (!target.IsAbsoluteUri || (target.Scheme != Uri.UriSchemeHttps && target.Scheme != Uri.UriSchemeHttp))
        {
            throw new RoomServiceException("vonage: logos-upload-urls returned a storage url that is not an absolute http(s) address.", new RoomErrorDetails(RoomProviders.Vonage));
        }

        HttpResponseMessage response;
        try
        {
            response = await _storage.PostAsync(target, multipart, cancellationToken).ConfigureAwait(false);
        }
        catch (RoomServiceException)
        {
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The upload was cancelled.", ex, cancellationToken);
        }
        catch (OperationCanceledException ex)
        {
            throw new RoomProviderUnavailableException($"vonage: the logo storage ({target.Authority}) did not answer in time.", new RoomErrorDetails(RoomProviders.Vonage), ex);
        }
        catch (HttpRequestException ex)
        {
            throw new RoomProviderUnavailableException($"vonage: the logo storage ({target.Authority}) could not be reached ({ex.HttpRequestError}).", new RoomErrorDetails(RoomProviders.Vonage, ex.StatusCode), ex)
            {
                RequestNotProcessed = ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError,
            };
        }

        using (response)
        {
            if ((int)response.StatusCode is >= 300 and < 400)
            {
                throw new RoomServiceException($"vonage: the logo storage answered {(int)response.StatusCode} redirecting to '{response.Headers.Location?.Authority}'; redirects are not followed.", new RoomErrorDetails(RoomProviders.Vonage, response.StatusCode));
            }

            if (!response.IsSuccessStatusCode)
            {
                var detail = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false); // buffered, capped
                var text = RoomRedactor.None.Redact(detail.Length > 300 ? detail[..300] : detail);
                throw new RoomServiceException($"vonage: the logo storage answered {(int)response.StatusCode} to the upload: {text}", new RoomErrorDetails(RoomProviders.Vonage, response.StatusCode, providerMessage: text));
            }
        }
    }
}
