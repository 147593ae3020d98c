using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>A pre-signed storage form for one logo type (<c>GET /themes/logos-upload-urls</c>).</summary>
public sealed class LogoUploadUrl
{
    /// <summary>Gets or sets the storage URL to POST the form to.</summary>
    [JsonPropertyName("url")]
    public Uri? Url { get; set; }

    /// <summary>Gets or sets the form fields to send with the file (<c>Content-Type</c>, <c>key</c>, <c>logoType</c>, <c>bucket</c>, <c>Policy</c>, <c>X-Amz-*</c>).</summary>
    [JsonPropertyName("fields")]
    public IDictionary<string, string>? Fields { get; set; }

    /// <summary>Gets the logo type of this form: <c>white</c>, <c>colored</c> or <c>favicon</c>.</summary>
    [JsonIgnore]
    public string? LogoType => Fields is not null && Fields.TryGetValue("logoType", out var type) ? type : null;

    /// <summary>Gets the storage key the upload will have.</summary>
    [JsonIgnore]
    public string? Key => Fields is not null && Fields.TryGetValue("key", out var key) ? key : null;
}
