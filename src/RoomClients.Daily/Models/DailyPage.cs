using System.Text.Json.Serialization;

namespace RoomClients.Daily.Models;

/// <summary>One page of a Daily list: <c>{"total_count": n, "data": [...]}</c>, newest first. Ask for the next page with <c>starting_after</c> = the id of the last item.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class DailyPage<T>
{
    /// <summary>Gets or sets <c>total_count</c>: how many items exist in all pages (absent on some lists).</summary>
    [JsonPropertyName("total_count")]
    [JsonConverter(typeof(DailyFlexibleInt64Converter))]
    public long? TotalCount { get; set; }

    /// <summary>Gets or sets <c>data</c>, this page's items.</summary>
    [JsonPropertyName("data")]
    public IList<T> Data { get; set; } = [];
}
