using Microsoft.Extensions.Options;

namespace RoomClients.Daily;

/// <summary>Checks <see cref="DailyOptions"/> at start-up; messages name the setting and never print a secret.</summary>
internal sealed class DailyOptionsValidator : IValidateOptions<DailyOptions>
{
    public ValidateOptionsResult Validate(string? name, DailyOptions options)
    {
        var section = $"RoomClients:{name}";
        List<string> failures = [];
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add($"Daily '{name}': {section}:ApiKey is missing. Copy the API key from the Daily dashboard (Developers) and set it in configuration or ROOMCLIENTS__{name?.ToUpperInvariant()}__APIKEY.");
        }
        else if (options.ApiKey.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            failures.Add($"Daily '{name}': {section}:ApiKey contains white space or control characters; copy the key again.");
        }

        if (OptionsChecks.BaseAddress(options.BaseAddress, $"{section}:BaseAddress") is { } address)
        {
            failures.Add($"Daily '{name}': {address}");
        }

        if (options.DefaultRoomLifetime <= TimeSpan.Zero || options.DefaultRoomLifetime > DailyOptions.MaxRoomLifetime)
        {
            failures.Add($"Daily '{name}': {section}:DefaultRoomLifetime must be positive and at most {DailyOptions.MaxRoomLifetime.TotalDays:F0} days; was {options.DefaultRoomLifetime}.");
        }

        if (options.MaxHostLinkLifetime < TimeSpan.FromMinutes(1) || options.MaxHostLinkLifetime > DailyOptions.MaxHostLinkLifetimeLimit)
        {
            failures.Add($"Daily '{name}': {section}:MaxHostLinkLifetime must be between 1 minute and {DailyOptions.MaxHostLinkLifetimeLimit.TotalDays:F0} days; was {options.MaxHostLinkLifetime}.");
        }

        if (options.WebhookSecret is { } secret && DailyWebhookParser.DecodeSecret(secret) is null)
        {
            failures.Add($"Daily '{name}': {section}:WebhookSecret must be the webhook's base-64 'hmac' secret ({DailyWebhookParser.MinSecretBytes} bytes or more once decoded), or unset.");
        }

        if (options.WebhookTolerance <= TimeSpan.Zero || options.WebhookTolerance > TimeSpan.FromHours(1))
        {
            failures.Add($"Daily '{name}': {section}:WebhookTolerance must be positive and at most 1 hour; was {options.WebhookTolerance}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
