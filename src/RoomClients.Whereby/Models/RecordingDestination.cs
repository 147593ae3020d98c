using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>Where cloud recordings or transcriptions are stored: Whereby or your own S3 bucket.</summary>
public sealed class RecordingDestination
{
    /// <summary>Gets or sets <c>whereby</c> or <c>s3</c>.</summary>
    [JsonPropertyName("provider")]
    public string Provider { get; set; } = "whereby";

    /// <summary>Gets or sets <c>accessKey</c> or <c>roleBased</c> (S3).</summary>
    [JsonPropertyName("authenticationType")]
    public string? AuthenticationType { get; set; }

    /// <summary>Gets or sets the bucket, optionally with a folder (<c>my-bucket/recordings</c>).</summary>
    [JsonPropertyName("bucket")]
    public string? Bucket { get; set; }

    /// <summary>Gets or sets the bucket's region.</summary>
    [JsonPropertyName("region")]
    public string? Region { get; set; }

    /// <summary>Gets or sets the access key id (<c>accessKey</c> authentication).</summary>
    [JsonPropertyName("accessKeyId")]
    public string? AccessKeyId { get; set; }

    /// <summary>Gets or sets the access key secret (<c>accessKey</c> authentication). Never logged by the SDK.</summary>
    [JsonPropertyName("accessKeySecret")]
    public string? AccessKeySecret { get; set; }

    /// <summary>Gets or sets the role ARN (<c>roleBased</c> authentication).</summary>
    [JsonPropertyName("oidcRoleArn")]
    public string? OidcRoleArn { get; set; }

    /// <summary>Gets or sets <c>mkv</c> or <c>mp4</c>.</summary>
    [JsonPropertyName("fileFormat")]
    public string? FileFormat { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{Provider} {Bucket}";
}
