using System.Text;

namespace RoomClients.Benchmarks.Server;

/// <summary>
/// A page's worth of one provider's room JSON objects, encoded once and written as one slice per page. A page further
/// into a listing gets its own ids (each canned id is patched in place, same width), so every room of a listing has a
/// distinct id: the SDK refuses a listing whose pages repeat an item.
/// </summary>
public sealed class CannedRooms
{
    private const int IdBase = 91934500;

    private readonly byte[] _joined;
    private readonly int[] _ends;
    private readonly List<int>[] _idPositions;
    private readonly Func<int, string> _idOf;

    /// <summary>Encodes <paramref name="count"/> rooms produced by <paramref name="roomJson"/> (index → one JSON object) whose ids are <paramref name="idOf"/> (index → id, the same length for every index; <see cref="Id"/> by default).</summary>
    public CannedRooms(int count, Func<int, string> roomJson, Func<int, string>? idOf = null)
    {
        ArgumentNullException.ThrowIfNull(roomJson);
        _idOf = idOf ?? Id;
        var text = new StringBuilder();
        _ends = new int[count];
        _idPositions = new List<int>[count];
        var length = 0;
        for (var i = 0; i < count; i++)
        {
            var item = (i == 0 ? string.Empty : ",") + roomJson(i);
            var id = _idOf(i);
            _idPositions[i] = [];
            for (var at = item.IndexOf(id, StringComparison.Ordinal); at >= 0; at = item.IndexOf(id, at + id.Length, StringComparison.Ordinal))
            {
                _idPositions[i].Add(length + Encoding.UTF8.GetByteCount(item.AsSpan(0, at))); // the JSON is ASCII up to the id, but count bytes anyway
            }

            text.Append(item);
            length += Encoding.UTF8.GetByteCount(item);
            _ends[i] = length;
        }

        _joined = Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The canned id of room <paramref name="index"/>.</summary>
    public static string Id(int index) => (IdBase + index).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The byte length of the first <paramref name="count"/> rooms with their separating commas.</summary>
    public int Length(int count) => count <= 0 ? 0 : _ends[Math.Min(count, _ends.Length) - 1];

    /// <summary>Writes the first <paramref name="count"/> canned rooms, comma-separated, as the rooms <paramref name="firstIndex"/> onwards of the listing (their ids).</summary>
    public async Task WriteAsync(Stream body, int count, int firstIndex = 0)
    {
        if (count <= 0)
        {
            return;
        }

        var length = Length(count);
        if (firstIndex == 0)
        {
            await body.WriteAsync(_joined.AsMemory(0, length)).ConfigureAwait(false);
            return;
        }

        var page = System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        try
        {
            _joined.AsSpan(0, length).CopyTo(page);
            for (var i = 0; i < Math.Min(count, _ends.Length); i++)
            {
                var canned = _idOf(i);
                var id = _idOf(firstIndex + i);
                if (id.Length != canned.Length || _idPositions[i].Count == 0)
                {
                    throw new InvalidOperationException($"canned room {i}: its id '{canned}' is not in its JSON, or room {firstIndex + i}'s id '{id}' has another length");
                }

                foreach (var at in _idPositions[i])
                {
                    Encoding.ASCII.GetBytes(id, page.AsSpan(at, id.Length));
                }
            }

            await body.WriteAsync(page.AsMemory(0, length)).ConfigureAwait(false);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(page);
        }
    }
}
