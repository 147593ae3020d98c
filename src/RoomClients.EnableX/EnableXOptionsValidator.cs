using Microsoft.Extensions.Options;

namespace RoomClients.EnableX;

/// <summary>Checks <see cref="EnableXOptions"/> at start-up; messages name the setting and never print a secret.</summary>
internal sealed class EnableXOptionsValidator : IValidateOptions<EnableXOptions>
{
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

        if (options.BaseAddress is null || !options.BaseAddress.IsAbsoluteUri || (options.BaseAddress.Scheme != Uri.UriSchemeHttps && options.BaseAddress.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"EnableX '{name}': {section}:BaseAddress must be an absolute http(s) URL.");
        }

        if (string.IsNullOrWhiteSpace(options.ApiVersionPath) || options.ApiVersionPath.AsSpan().IndexOfAny("?#\\") >= 0)
        {
            failures.Add($"EnableX '{name}': {section}:ApiVersionPath must be a path such as 'video/v2'.");
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

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHostLabel(string value) =>
        Uri.CheckHostName(value) == UriHostNameType.Dns;
}
