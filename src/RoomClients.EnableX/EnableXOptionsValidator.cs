using Microsoft.Extensions.Options;

namespace RoomClients.EnableX;

/// <summary>Checks <see cref="EnableXOptions"/> at start-up; messages name the setting and never print a secret.</summary>
internal sealed class EnableXOptionsValidator : IValidateOptions<EnableXOptions>
{
    /// <summary>The largest default participant count accepted (EnableX documents none; this catches typos, not real rooms).</summary>
    internal const int MaxParticipants = 100_000;

    public ValidateOptionsResult Validate(string? name, EnableXOptions options)
    {
        var section = $"RoomClients:{name}";
        List<string> failures = [];
        if (string.IsNullOrWhiteSpace(options.AppId))
        {
            failures.Add($"EnableX '{name}': {section}:AppId is missing. Copy the APP_ID of your project from the EnableX portal.");
        }

        if (string.IsNullOrWhiteSpace(options.AppKey))
        {
            failures.Add($"EnableX '{name}': {section}:AppKey is missing. Copy the APP_KEY of your project and set it in configuration or ROOMCLIENTS__{name?.ToUpperInvariant()}__APPKEY.");
        }
        else if (options.AppKey.Any(char.IsWhiteSpace))
        {
            failures.Add($"EnableX '{name}': {section}:AppKey contains white space; copy the key again.");
        }

        if (options.AppId?.Contains(':', StringComparison.Ordinal) == true)
        {
            failures.Add($"EnableX '{name}': {section}:AppId must not contain ':' (it is the Basic user name).");
        }

        if (OptionsChecks.BaseAddress(options.BaseAddress, $"{section}:BaseAddress") is { } baseAddress)
        {
            failures.Add($"EnableX '{name}': {baseAddress}");
        }

        if (!IsVersionPath(options.ApiVersionPath))
        {
            failures.Add($"EnableX '{name}': {section}:ApiVersionPath must be a relative path of plain segments such as 'video/v2' (letters, digits, '-', '_', '.', '~'; no URL, '//', '..', '%', '?', '#' or ':'), so that every call stays on BaseAddress.");
        }

        if (string.IsNullOrWhiteSpace(options.MeetingSubdomain) || !IsHostLabel(options.MeetingSubdomain))
        {
            failures.Add($"EnableX '{name}': {section}:MeetingSubdomain is missing or not a host name; it is the <subdomain> of your embed meeting URLs.");
        }

        if (string.IsNullOrWhiteSpace(options.MeetingDomain) || !IsHostLabel(options.MeetingDomain))
        {
            failures.Add($"EnableX '{name}': {section}:MeetingDomain must be a host name such as 'yourvideo.app'.");
        }

        if (string.IsNullOrWhiteSpace(options.DefaultOwnerRef) || string.IsNullOrWhiteSpace(options.DefaultRoomName))
        {
            failures.Add($"EnableX '{name}': {section}:DefaultOwnerRef and DefaultRoomName must not be empty.");
        }

        if (options.DefaultModerators is < 1 or > 5)
        {
            failures.Add($"EnableX '{name}': {section}:DefaultModerators must be between 1 and 5.");
        }

        if (options.DefaultParticipants < 1 || options.DefaultDurationMinutes < 1)
        {
            failures.Add($"EnableX '{name}': {section}:DefaultParticipants and DefaultDurationMinutes must be positive.");
        }

        if (options.DefaultDurationMinutes > EnableXRoomService.MaxDurationMinutes)
        {
            failures.Add($"EnableX '{name}': {section}:DefaultDurationMinutes must be at most {EnableXRoomService.MaxDurationMinutes} (one year); was {options.DefaultDurationMinutes}.");
        }

        if (options.DefaultParticipants > MaxParticipants)
        {
            failures.Add($"EnableX '{name}': {section}:DefaultParticipants must be at most {MaxParticipants}; was {options.DefaultParticipants}.");
        }

        if (options.AppId is { } appId && (appId.Any(char.IsWhiteSpace) || appId.Any(char.IsControl)))
        {
            failures.Add($"EnableX '{name}': {section}:AppId must not contain white space or control characters; copy it again.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Whether <paramref name="path"/> is a relative path of plain segments that cannot leave <see cref="EnableXOptions.BaseAddress"/>.</summary>
    internal static bool IsVersionPath(string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || path.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var segment in path.Trim('/').Split('/'))
        {
            if (segment.Length == 0 || segment is "." or ".." || !segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns <see cref="EnableXOptions.ApiBaseAddress"/> after checking that it stays on the base address's scheme, host and port (where the option is used, not only at start-up).</summary>
    internal static Uri ApiBaseAddress(EnableXOptions options)
    {
        if (!IsVersionPath(options.ApiVersionPath) || OptionsChecks.BaseAddress(options.BaseAddress, "BaseAddress") is not null)
        {
            throw new RoomValidationException(RoomProviders.EnableX, "EnableXOptions.ApiVersionPath", "BaseAddress and ApiVersionPath must make an https address under BaseAddress (see the start-up validation).");
        }

        var address = options.ApiBaseAddress;
        if (!string.Equals(address.Scheme, options.BaseAddress.Scheme, StringComparison.Ordinal) || !string.Equals(address.IdnHost, options.BaseAddress.IdnHost, StringComparison.OrdinalIgnoreCase) || address.Port != options.BaseAddress.Port)
        {
            throw new RoomValidationException(RoomProviders.EnableX, "EnableXOptions.ApiVersionPath", "moves API calls off BaseAddress's host; it must be a relative path such as 'video/v2'.");
        }

        return address;
    }

    private static bool IsHostLabel(string value) =>
        Uri.CheckHostName(value) == UriHostNameType.Dns;
}
