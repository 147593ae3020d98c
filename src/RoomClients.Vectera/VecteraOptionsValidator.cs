using Microsoft.Extensions.Options;

namespace RoomClients.Vectera;

/// <summary>Checks <see cref="VecteraOptions"/> at start-up; messages name the setting and never print a secret.</summary>
internal sealed class VecteraOptionsValidator : IValidateOptions<VecteraOptions>
{
    public ValidateOptionsResult Validate(string? name, VecteraOptions options)
    {
        var section = $"RoomClients:{name}";
        List<string> failures = [];
        if (string.IsNullOrWhiteSpace(options.ApiToken))
        {
            failures.Add($"Vectera '{name}': {section}:ApiToken is missing. Ask Vectera for an API token and set it in configuration or ROOMCLIENTS__{name?.ToUpperInvariant()}__APITOKEN.");
        }
        else if (options.ApiToken.Any(char.IsWhiteSpace))
        {
            failures.Add($"Vectera '{name}': {section}:ApiToken contains white space; copy the token again.");
        }

        if (OptionsChecks.BaseAddress(options.BaseAddress, $"{section}:BaseAddress") is { } baseAddress)
        {
            failures.Add($"Vectera '{name}': {baseAddress} Such as https://www.vectera.com/api/v2/.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
