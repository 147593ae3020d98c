namespace RoomClients.EnableX;

/// <summary>
/// Settings of an EnableX registration; bound from <c>RoomClients:EnableX</c> (or <c>RoomClients:&lt;name&gt;</c>) and validated
/// at start-up. The brand is configuration: EnableX's hosts are the defaults; call <see cref="UseSmartflomeet"/> (a preset that
/// fills only what configuration left unset) or set <see cref="BaseAddress"/>, <see cref="ApiVersionPath"/> and
/// <see cref="MeetingDomain"/> for a white label.
/// </summary>
public sealed class EnableXOptions
{
    /// <summary>EnableX's API host, <c>https://api.enablex.io/</c>.</summary>
    public static readonly Uri EnableXBaseAddress = new("https://api.enablex.io/");

    /// <summary>Smartflomeet's API host, <c>https://api.smartflomeet.ttns.in/</c>.</summary>
    public static readonly Uri SmartflomeetBaseAddress = new("https://api.smartflomeet.ttns.in/");

    /// <summary>EnableX's current API version path, <c>video/v2</c>.</summary>
    public const string DefaultApiVersionPath = "video/v2";

    /// <summary>The version path of Smartflomeet's published examples, <c>video/v1</c>.</summary>
    public const string SmartflomeetApiVersionPath = "video/v1";

    /// <summary>Gets or sets the APP_ID of your project (the Basic user name; also part of moderator URLs). Required.</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>Gets or sets the APP_KEY of your project (the Basic password). Required; read per request, so it can be rotated.</summary>
    public string AppKey { get; set; } = string.Empty;

    private Uri _baseAddress = EnableXBaseAddress;
    private string _apiVersionPath = DefaultApiVersionPath;
    private bool _baseAddressSet;
    private bool _apiVersionPathSet;

    /// <summary>Gets or sets the API host; <see cref="EnableXBaseAddress"/> by default. A value set here (from configuration or code) wins over <see cref="UseSmartflomeet"/>.</summary>
    public Uri BaseAddress
    {
        get => _baseAddress;
        set
        {
            _baseAddress = value;
            _baseAddressSet = true;
        }
    }

    /// <summary>Gets or sets the API version path under <see cref="BaseAddress"/>; <see cref="DefaultApiVersionPath"/> by default. A relative path of plain segments: a URL, <c>//host</c> or <c>..</c> is refused, so every call stays on <see cref="BaseAddress"/>. A value set here (from configuration or code) wins over <see cref="UseSmartflomeet"/>.</summary>
    public string ApiVersionPath
    {
        get => _apiVersionPath;
        set
        {
            _apiVersionPath = value;
            _apiVersionPathSet = true;
        }
    }

    /// <summary>Gets the address API paths are relative to: <see cref="BaseAddress"/> + <see cref="ApiVersionPath"/> + <c>/</c>.</summary>
    public Uri ApiBaseAddress => new(new Uri(BaseAddress.AbsoluteUri.TrimEnd('/') + "/"), ApiVersionPath.Trim('/') + "/");

    /// <summary>Gets or sets your embed subdomain (the <c>&lt;subdomain&gt;</c> of meeting URLs). Required.</summary>
    public string MeetingSubdomain { get; set; } = string.Empty;

    /// <summary>Gets or sets the meeting-URL domain: <see cref="EnableXMeetingUrls.LiteDomain"/> (default) or <see cref="EnableXMeetingUrls.PremiumDomain"/>.</summary>
    public string MeetingDomain { get; set; } = EnableXMeetingUrls.LiteDomain;

    /// <summary>Gets or sets the <c>owner_ref</c> sent with new rooms when <see cref="EnableXRoomOptions.OwnerRef"/> is not set.</summary>
    public string DefaultOwnerRef { get; set; } = "roomclients";

    /// <summary>Gets or sets the name of new rooms without <see cref="CreateRoomRequest.DisplayName"/>.</summary>
    public string DefaultRoomName { get; set; } = "RoomClients room";

    /// <summary>Gets or sets the number of moderators of new rooms (1–5) when not given; 1 by default.</summary>
    public int DefaultModerators { get; set; } = 1;

    /// <summary>Gets or sets the number of participants (moderators excluded) of new rooms when not given; 10 by default.</summary>
    public int DefaultParticipants { get; set; } = 10;

    /// <summary>Gets or sets the duration of scheduled rooms without <see cref="CreateRoomRequest.EndsAt"/>; 60 minutes by default, at most one year (527,040 minutes).</summary>
    public int DefaultDurationMinutes { get; set; } = 60;

    /// <summary>
    /// Makes Smartflomeet's host and version path this registration's defaults (the embed domains stay as they are): a
    /// preset, so <see cref="BaseAddress"/> or <see cref="ApiVersionPath"/> set by configuration (such as
    /// <c>RoomClients:enablex:BaseAddress</c>, bound before the code's <c>configure</c> runs) or by code keep their value.
    /// </summary>
    /// <returns>These options.</returns>
    public EnableXOptions UseSmartflomeet()
    {
        if (!_baseAddressSet)
        {
            _baseAddress = SmartflomeetBaseAddress;
        }

        if (!_apiVersionPathSet)
        {
            _apiVersionPath = SmartflomeetApiVersionPath;
        }

        return this;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"EnableX {ApiBaseAddress} (app id {(string.IsNullOrEmpty(AppId) ? "missing" : "set")}, app key {(string.IsNullOrEmpty(AppKey) ? "missing" : "set")}, meetings on {(string.IsNullOrEmpty(MeetingSubdomain) ? "?" : MeetingSubdomain)}.{MeetingDomain})";
}
