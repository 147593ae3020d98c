using Microsoft.Extensions.Options;

namespace RoomClients.Zoom;

/// <summary>Checks <see cref="ZoomOptions"/> at start-up; messages name the setting and never print a secret.</summary>
internal sealed class ZoomOptionsValidator : IValidateOptions<ZoomOptions>
{
    public ValidateOptionsResult Validate(string? name, ZoomOptions options)
    {
        var section = $"RoomClients:{name}";
        List<string> failures = [];
        Credential(failures, name, section, "AccountId", options.AccountId);
        Credential(failures, name, section, "ClientId", options.ClientId);
        Credential(failures, name, section, "ClientSecret", options.ClientSecret);
        if (options.ClientId?.Contains(':', StringComparison.Ordinal) == true)
        {
            failures.Add($"Zoom '{name}': {section}:ClientId must not contain ':' (it is sent as the Basic user name).");
        }

        HttpUrl(failures, name, section, "BaseAddress", options.BaseAddress);
        HttpUrl(failures, name, section, "OAuthBaseAddress", options.OAuthBaseAddress);

        if (string.IsNullOrWhiteSpace(options.UserId))
        {
            failures.Add($"Zoom '{name}': {section}:UserId is missing; use a Zoom user id or email, or 'me'.");
        }
        else
        {
            try
            {
                RoomGuard.Id(RoomProviders.Zoom, options.UserId, $"{section}:UserId");
            }
            catch (RoomValidationException ex)
            {
                failures.Add($"Zoom '{name}': {ex.Message}");
            }
        }

        if (options.WebhookTolerance <= TimeSpan.Zero || options.WebhookTolerance > TimeSpan.FromHours(1))
        {
            failures.Add($"Zoom '{name}': {section}:WebhookTolerance must be more than zero and at most 1 hour; was {options.WebhookTolerance}.");
        }

        if (options.WebhookSecretToken is { } secret && (secret.Length == 0 || secret.Any(char.IsWhiteSpace)))
        {
            failures.Add($"Zoom '{name}': {section}:WebhookSecretToken must be the app's secret token without white space, or unset.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Credential(List<string> failures, string? name, string section, string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"Zoom '{name}': {section}:{key} is missing. Copy it from the Server-to-Server OAuth app's App Credentials page and set it in configuration or ROOMCLIENTS__{name?.ToUpperInvariant()}__{key.ToUpperInvariant()}.");
        }
        else if (value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            failures.Add($"Zoom '{name}': {section}:{key} contains white space or control characters; copy it again.");
        }
    }

    private static void HttpUrl(List<string> failures, string? name, string section, string key, Uri? value)
    {
        if (value is null || !value.IsAbsoluteUri || (value.Scheme != Uri.UriSchemeHttps && value.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(value.Query) || !string.IsNullOrEmpty(value.Fragment) || !string.IsNullOrEmpty(value.UserInfo))
        {
            failures.Add($"Zoom '{name}': {section}:{key} must be an absolute http(s) URL without query, fragment or user info.");
        }
    }
}
