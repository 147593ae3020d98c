using System.Text;

namespace RoomClients.Benchmarks.Server;

/// <summary>A page's worth of one provider's room JSON objects, encoded once and written as one slice per page.</summary>
public sealed class CannedRooms
{
    private readonly byte[] _joined;
    private readonly int[] _ends;

    /// <summary>Encodes <paramref name="count"/> rooms produced by <paramref name="roomJson"/> (index → one JSON object).</summary>
    public CannedRooms(int count, Func<int, string> roomJson)
    {
        ArgumentNullException.ThrowIfNull(roomJson);
        var text = new StringBuilder();
        _ends = new int[count];
        var length = 0;
        for (var i = 0; i < count; i++)
        {
            var item = (i == 0 ? string.Empty : ",") + roomJson(i);
            text.Append(item);
            length += Encoding.UTF8.GetByteCount(item);
            _ends[i] = length;
        }

        _joined = Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The canned id of room <paramref name="index"/>.</summary>
    public static string Id(int index) => (91934500 + index).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The byte length of the first <paramref name="count"/> rooms with their separating commas.</summary>
    public int Length(int count) => count <= 0 ? 0 : _ends[Math.Min(count, _ends.Length) - 1];

    /// <summary>Writes the first <paramref name="count"/> rooms, comma-separated.</summary>
    public Task WriteAsync(Stream body, int count) =>
        count <= 0 ? Task.CompletedTask : body.WriteAsync(_joined.AsMemory(0, Length(count))).AsTask();
}
