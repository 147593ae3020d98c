using System.Text.Json.Serialization;

namespace RoomClients.EnableX.Models;

/// <summary>The envelope every EnableX answer shares: <c>result</c> (0 = success; a number or a string), and on failure <c>error</c> and <c>desc</c>.</summary>
public class EnableXResult
{
    /// <summary>Gets or sets the result code; 0 means success (non-zero answers throw before you see them).</summary>
    [JsonPropertyName("result")]
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? Result { get; set; }

    /// <summary>Gets or sets the short error reason.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; set; }

    /// <summary>Gets or sets the longer error description.</summary>
    [JsonPropertyName("desc")]
    public string? Description { get; set; }
}
