using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.EnableX.Models;

/// <summary>The recordings of one session.</summary>
public sealed class EnableXArchiveRecord
{
    /// <summary>Gets or sets the record id.</summary>
    [JsonPropertyName("_id")]
    public string? Id { get; set; }

    /// <summary>Gets or sets the transaction date.</summary>
    [JsonPropertyName("trans_date")]
    public string? TransDate { get; set; }

    /// <summary>Gets or sets the conference (session) number.</summary>
    [JsonPropertyName("conf_num")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ConfNum { get; set; }

    /// <summary>Gets or sets the app id.</summary>
    [JsonPropertyName("app_id")]
    public string? AppId { get; set; }

    /// <summary>Gets or sets the room id.</summary>
    [JsonPropertyName("room_id")]
    public string? RoomId { get; set; }

    /// <summary>Gets or sets the raw recording files.</summary>
    [JsonPropertyName("recording")]
    public IList<EnableXArchiveFile>? Recording { get; set; }

    /// <summary>Gets or sets the transcoded (playable) files.</summary>
    [JsonPropertyName("transcoded")]
    public IList<EnableXArchiveFile>? Transcoded { get; set; }

    /// <summary>Gets or sets the chat data file URL.</summary>
    [JsonPropertyName("chatdata")]
    public string? ChatData { get; set; }

    /// <summary>Gets or sets the metadata file URL.</summary>
    [JsonPropertyName("metadata")]
    public string? Metadata { get; set; }

    /// <summary>Gets or sets keys this SDK does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
