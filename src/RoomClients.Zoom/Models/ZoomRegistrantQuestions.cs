using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>The registration questions of a meeting (<c>GET</c> and <c>PATCH /meetings/{meetingId}/registrants/questions</c>).</summary>
public sealed class ZoomRegistrantQuestions
{
    /// <summary>Gets or sets the standard questions asked.</summary>
    [JsonPropertyName("questions")]
    public IList<ZoomRegistrantQuestion>? Questions { get; set; }

    /// <summary>Gets or sets the custom questions.</summary>
    [JsonPropertyName("custom_questions")]
    public IList<ZoomCustomQuestion>? CustomQuestions { get; set; }
}
