using System.Text.Json.Serialization;

namespace RoomClients.Daily.Models;

/// <summary>Your own S3 bucket for recordings (<c>recordings_bucket</c>) or transcripts (<c>transcription_bucket</c>).</summary>
public sealed class DailyStorageBucket
{
    /// <summary>Gets or sets <c>bucket_name</c>.</summary>
    [JsonPropertyName("bucket_name")]
    public string? BucketName { get; set; }

    /// <summary>Gets or sets <c>bucket_region</c>.</summary>
    [JsonPropertyName("bucket_region")]
    public string? BucketRegion { get; set; }

    /// <summary>Gets or sets <c>assume_role_arn</c>, the IAM role Daily assumes to write.</summary>
    [JsonPropertyName("assume_role_arn")]
    public string? AssumeRoleArn { get; set; }

    /// <summary>Gets or sets <c>allow_api_access</c>: whether the REST API may read the files (access links).</summary>
    [JsonPropertyName("allow_api_access")]
    public bool? AllowApiAccess { get; set; }

    /// <summary>Gets or sets <c>allow_streaming_from_bucket</c> (recordings only).</summary>
    [JsonPropertyName("allow_streaming_from_bucket")]
    public bool? AllowStreamingFromBucket { get; set; }
}
