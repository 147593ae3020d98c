using Microsoft.Extensions.Options;

namespace RoomClients.Vonage;

/// <summary>Checks <see cref="VonageOptions"/> at start-up, including that the private key parses; messages name the setting and never print the key.</summary>
internal sealed class VonageOptionsValidator : IValidateOptions<VonageOptions>
{
    public ValidateOptionsResult Validate(string? name, VonageOptions options)
    {
        var section = $"RoomClients:{name}";
        List<string> failures = [];
        if (string.IsNullOrWhiteSpace(options.ApplicationId))
        {
            failures.Add($"Vonage '{name}': {section}:ApplicationId is missing. Use the id of the Vonage Application that has the Meetings capability.");
        }
        else if (!Guid.TryParse(options.ApplicationId, out _))
        {
            failures.Add($"Vonage '{name}': {section}:ApplicationId must be the application's UUID.");
        }

        var hasKey = !string.IsNullOrWhiteSpace(options.PrivateKey);
        var hasPath = !string.IsNullOrWhiteSpace(options.PrivateKeyPath);
        if (!hasKey && !hasPath)
        {
            failures.Add($"Vonage '{name}': set {section}:PrivateKey (PEM text) or {section}:PrivateKeyPath (a PEM file) to the application's private key.");
        }
        else if (hasKey && hasPath)
        {
            failures.Add($"Vonage '{name}': set {section}:PrivateKey or {section}:PrivateKeyPath, not both.");
        }
        else
        {
            try
            {
                using var rsa = VonagePrivateKey.Load(options, section);
            }
            catch (InvalidOperationException ex)
            {
                failures.Add($"Vonage '{name}': {ex.Message}");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failures.Add($"Vonage '{name}': {section}:PrivateKeyPath could not be read ({ex.GetType().Name}).");
            }
        }

        if (options.TokenLifetime <= TimeSpan.FromSeconds(30) || options.TokenLifetime > VonageOptions.MaxTokenLifetime)
        {
            failures.Add($"Vonage '{name}': {section}:TokenLifetime must be more than 30 seconds and at most 24 hours (Vonage rejects longer tokens); was {options.TokenLifetime}.");
        }

        if (OptionsChecks.BaseAddress(options.BaseAddress, $"{section}:BaseAddress") is { } baseAddress)
        {
            failures.Add($"Vonage '{name}': {baseAddress}");
        }

        if (options.CallbackSecret is { } secret && (secret.Trim().Length < 16 || secret.Any(char.IsWhiteSpace) || secret.Any(char.IsControl)))
        {
            failures.Add($"Vonage '{name}': {section}:CallbackSecret must be at least 16 characters without white space or control characters (32 random characters is good), or unset.");
        }

        if (!string.IsNullOrEmpty(options.CallbackSecret) && options.AllowUnauthenticatedCallbacks)
        {
            failures.Add($"Vonage '{name}': set {section}:CallbackSecret or {section}:AllowUnauthenticatedCallbacks, not both.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
