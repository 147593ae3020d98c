using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>One page of a cursor-paged list: pass <see cref="Cursor"/> back to get the next; null means no more.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class WherebyPage<T>
{
    /// <summary>Gets or sets the items.</summary>
    [JsonPropertyName("results")]
    public IList<T> Results { get; set; } = [];

    /// <summary>Gets or sets the cursor of the next page, or null.</summary>
    [JsonPropertyName("cursor")]
    public string? Cursor { get; set; }
}
