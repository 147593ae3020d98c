using Microsoft.Extensions.Options;

namespace RoomClients.Whereby;

/// <summary>Checks <see cref="WherebyOptions"/> at start-up; messages name the setting and never print a secret.</summary>
internal sealed class WherebyOptionsValidator : IValidateOptions<WherebyOptions>
{
    public ValidateOptionsResult Validate(string? name, WherebyOptions options)
    {
        var section = $"RoomClients:{name}";
        List<string> failures = [];
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add($"Whereby '{name}': {section}:ApiKey is missing. Create an API key in the Whereby Embedded dashboard (Configure) and set it in configuration or ROOMCLIENTS__{name?.ToUpperInvariant()}__APIKEY.");
        }
        else if (options.ApiKey.Any(char.IsWhiteSpace))
        {
            failures.Add($"Whereby '{name}': {section}:ApiKey contains white space; copy the key again.");
        }

        if (options.BaseAddress is null || !options.BaseAddress.IsAbsoluteUri || (options.BaseAddress.Scheme != Uri.UriSchemeHttps && options.BaseAddress.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"Whereby '{name}': {section}:BaseAddress must be an absolute http(s) URL.");
        }

        if (options.DefaultRoomLifetime <= TimeSpan.Zero)
        {
            failures.Add($"Whereby '{name}': {section}:DefaultRoomLifetime must be positive.");
        }

        if (options.WebhookTolerance <= TimeSpan.Zero)
        {
            failures.Add($"Whereby '{name}': {section}:WebhookTolerance must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
