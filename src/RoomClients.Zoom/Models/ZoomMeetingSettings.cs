using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>Meeting settings (<c>settings</c>): in requests only what is set is sent.</summary>
public sealed class ZoomMeetingSettings
{
    /// <summary>Gets or sets whether the host's video starts on.</summary>
    [JsonPropertyName("host_video")]
    public bool? HostVideo { get; set; }

    /// <summary>Gets or sets whether participants' video starts on.</summary>
    [JsonPropertyName("participant_video")]
    public bool? ParticipantVideo { get; set; }

    /// <summary>Gets or sets whether participants may join before the host (ignored when <see cref="WaitingRoom"/> is on).</summary>
    [JsonPropertyName("join_before_host")]
    public bool? JoinBeforeHost { get; set; }

    /// <summary>Gets or sets how many minutes before the start participants may join before the host: 0 (any time), 5 or 10.</summary>
    [JsonPropertyName("jbh_time")]
    public int? JbhTime { get; set; }

    /// <summary>Gets or sets whether participants are muted on entry.</summary>
    [JsonPropertyName("mute_upon_entry")]
    public bool? MuteUponEntry { get; set; }

    /// <summary>Gets or sets whether shared screens carry a watermark.</summary>
    [JsonPropertyName("watermark")]
    public bool? Watermark { get; set; }

    /// <summary>Gets or sets whether the meeting uses the host's personal meeting ID.</summary>
    [JsonPropertyName("use_pmi")]
    public bool? UsePmi { get; set; }

    /// <summary>Gets or sets registration approval: 0 automatic, 1 manual, 2 no registration required.</summary>
    [JsonPropertyName("approval_type")]
    public int? ApprovalType { get; set; }

    /// <summary>Gets or sets for recurring meetings with registration: 1 once for all, 2 for each, 3 once for chosen occurrences.</summary>
    [JsonPropertyName("registration_type")]
    public int? RegistrationType { get; set; }

    /// <summary>Gets or sets the audio: <c>both</c>, <c>telephony</c> or <c>voip</c>.</summary>
    [JsonPropertyName("audio")]
    public string? Audio { get; set; }

    /// <summary>Gets or sets automatic recording: <c>local</c>, <c>cloud</c> or <c>none</c>.</summary>
    [JsonPropertyName("auto_recording")]
    public string? AutoRecording { get; set; }

    /// <summary>Gets or sets alternative hosts' emails or ids (comma-separated in requests, semicolon-separated in answers).</summary>
    [JsonPropertyName("alternative_hosts")]
    public string? AlternativeHosts { get; set; }

    /// <summary>Gets or sets whether alternative hosts get an email.</summary>
    [JsonPropertyName("alternative_hosts_email_notification")]
    public bool? AlternativeHostsEmailNotification { get; set; }

    /// <summary>Gets or sets whether participants wait until the host admits them.</summary>
    [JsonPropertyName("waiting_room")]
    public bool? WaitingRoom { get; set; }

    /// <summary>Gets or sets whether only authenticated users may join.</summary>
    [JsonPropertyName("meeting_authentication")]
    public bool? MeetingAuthentication { get; set; }

    /// <summary>Gets or sets the authentication option id.</summary>
    [JsonPropertyName("authentication_option")]
    public string? AuthenticationOption { get; set; }

    /// <summary>Gets or sets the domains allowed to join when authentication is required.</summary>
    [JsonPropertyName("authentication_domains")]
    public string? AuthenticationDomains { get; set; }

    /// <summary>Gets or sets the encryption: <c>enhanced_encryption</c> or <c>e2ee</c>.</summary>
    [JsonPropertyName("encryption_type")]
    public string? EncryptionType { get; set; }

    /// <summary>Gets or sets whether attendees may join from several devices.</summary>
    [JsonPropertyName("allow_multiple_devices")]
    public bool? AllowMultipleDevices { get; set; }

    /// <summary>Gets or sets whether registration closes after the meeting date.</summary>
    [JsonPropertyName("close_registration")]
    public bool? CloseRegistration { get; set; }

    /// <summary>Gets or sets whether registrants get email notifications.</summary>
    [JsonPropertyName("registrants_email_notification")]
    public bool? RegistrantsEmailNotification { get; set; }

    /// <summary>Gets or sets whether registrants get a confirmation email.</summary>
    [JsonPropertyName("registrants_confirmation_email")]
    public bool? RegistrantsConfirmationEmail { get; set; }

    /// <summary>Gets or sets whether the registration page shows social share buttons.</summary>
    [JsonPropertyName("show_share_button")]
    public bool? ShowShareButton { get; set; }

    /// <summary>Gets or sets the registration contact's name.</summary>
    [JsonPropertyName("contact_name")]
    public string? ContactName { get; set; }

    /// <summary>Gets or sets the registration contact's email.</summary>
    [JsonPropertyName("contact_email")]
    public string? ContactEmail { get; set; }

    /// <summary>Gets or sets whether the meeting is hosted in China.</summary>
    [JsonPropertyName("cn_meeting")]
    public bool? CnMeeting { get; set; }

    /// <summary>Gets or sets whether the meeting is hosted in India.</summary>
    [JsonPropertyName("in_meeting")]
    public bool? InMeeting { get; set; }

    /// <summary>Gets or sets whether only signed-in users may join (deprecated by Zoom; use <see cref="MeetingAuthentication"/>).</summary>
    [JsonPropertyName("enforce_login")]
    public bool? EnforceLogin { get; set; }

    /// <summary>Gets or sets domains for <see cref="EnforceLogin"/>, separated by semicolons.</summary>
    [JsonPropertyName("enforce_login_domains")]
    public string? EnforceLoginDomains { get; set; }

    /// <summary>Gets or sets the dial-in countries.</summary>
    [JsonPropertyName("global_dial_in_countries")]
    public IList<string>? GlobalDialInCountries { get; set; }

    /// <summary>Gets or sets the dial-in numbers (answers only).</summary>
    [JsonPropertyName("global_dial_in_numbers")]
    public IList<ZoomDialInNumber>? GlobalDialInNumbers { get; set; }
}
