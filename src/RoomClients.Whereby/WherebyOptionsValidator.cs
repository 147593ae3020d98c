using Microsoft.Extensions.Options;

namespace RoomClients.Whereby;

/// <summary>Checks <see cref="WherebyOptions"/> at start-up; messages name the setting and never print a secret.</summary>
internal sealed class WherebyOptionsValidator : IValidateOptions<WherebyOptions>
{
    /// <summary>The widest webhook timestamp tolerance accepted: a wider one makes replayed webhooks pass.</summary>
    internal static readonly TimeSpan MaxWebhookTolerance = TimeSpan.FromHours(1);

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

        Add(failures, name, OptionsChecks.BaseAddress(options.BaseAddress, $"{section}:BaseAddress"));
        Add(failures, name, OptionsChecks.Span(options.DefaultRoomLifetime, WherebyRoomService.MaxRoomLifetime, $"{section}:DefaultRoomLifetime", "366 days"));
        Add(failures, name, OptionsChecks.Span(options.WebhookTolerance, MaxWebhookTolerance, $"{section}:WebhookTolerance", "1 hour"));
        if (options.WebhookSigningSecret is { } secret && (secret.Length == 0 || secret.Any(char.IsWhiteSpace) || secret.Any(char.IsControl)))
        {
            failures.Add($"Whereby '{name}': {section}:WebhookSigningSecret must not be empty or contain white space; copy the secret again, or leave it unset.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Add(List<string> failures, string? name, string? failure)
    {
        if (failure is not null)
        {
            failures.Add($"Whereby '{name}': {failure}");
        }
    }
}
