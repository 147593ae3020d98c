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

        Add(failures, name, OptionsChecks.BaseAddress(options.BaseAddress, $"{section}:BaseAddress"));
        Add(failures, name, OptionsChecks.BaseAddress(options.OAuthBaseAddress, $"{section}:OAuthBaseAddress"));

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

        Add(failures, name, OptionsChecks.Span(options.WebhookTolerance, TimeSpan.FromHours(1), $"{section}:WebhookTolerance", "1 hour"));
        if (options.WebhookSecretToken is { } secret && (secret.Length == 0 || secret.Any(char.IsWhiteSpace) || secret.Any(char.IsControl)))
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

    private static void Add(List<string> failures, string? name, string? failure)
    {
        if (failure is not null)
        {
            failures.Add($"Zoom '{name}': {failure}");
        }
    }
}
