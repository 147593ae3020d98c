using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.EnableX.Models;

/// <summary>One call detail record (one user's connection to one session). Nested objects are kept as JSON.</summary>
public sealed class EnableXCdrRecord
{
    /// <summary>Gets or sets the record id.</summary>
    [JsonPropertyName("cdr_id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CdrId { get; set; }

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

    /// <summary>Gets or sets the room part (<c>room_id</c>, <c>connect_dt</c>, <c>disconnect_dt</c>, <c>duration</c>).</summary>
    [JsonPropertyName("room")]
    public JsonElement? Room { get; set; }

    /// <summary>Gets or sets the user part (<c>name</c>, <c>role</c>, <c>ref</c>, …).</summary>
    [JsonPropertyName("user")]
    public JsonElement? User { get; set; }

    /// <summary>Gets or sets usage minutes.</summary>
    [JsonPropertyName("usage")]
    public JsonElement? Usage { get; set; }

    /// <summary>Gets or sets the other keys (<c>sigserver</c>, <c>published_track</c>, <c>stats_quality</c>, …).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
