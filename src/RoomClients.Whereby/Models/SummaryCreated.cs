using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>The answer of <c>POST /summaries</c>.</summary>
public sealed class SummaryCreated
{
    /// <summary>Gets or sets the new summary's id.</summary>
    [JsonPropertyName("summaryId")]
    public string SummaryId { get; set; } = string.Empty;
}
