// Shared source: compiled into each provider package as an internal type.
using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace RoomClients;

/// <summary>
/// <see cref="Room.Metadata"/> as the adapters build it: the few provider facts a room carries, in one small array in
/// insertion order (ordinal keys, looked up by a linear scan), instead of a hashed <see cref="Dictionary{TKey, TValue}"/>
/// per room. Rooms without facts share <see cref="Empty"/>. Read-only once handed to a <see cref="Room"/>.
/// </summary>
internal sealed class RoomMetadata : IReadOnlyDictionary<string, string>
{
    /// <summary>The metadata of a room without provider facts; shared, nothing is allocated per room.</summary>
    public static readonly IReadOnlyDictionary<string, string> Empty = new RoomMetadata(0);

    private KeyValuePair<string, string>[] _items;
    private int _count;

    /// <summary>Initializes an empty instance with room for <paramref name="capacity"/> entries (it grows if needed).</summary>
    public RoomMetadata(int capacity) => _items = capacity == 0 ? [] : new KeyValuePair<string, string>[capacity];

    public int Count => _count;

    public IEnumerable<string> Keys => this.Select(static p => p.Key);

    public IEnumerable<string> Values => this.Select(static p => p.Value);

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The room has no metadata '{key}'.");

    /// <summary>Adds (or replaces) <paramref name="key"/> when <paramref name="value"/> is not <see langword="null"/>.</summary>
    public void Set(string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        var index = IndexOf(key);
        if (index >= 0)
        {
            _items[index] = new(key, value);
            return;
        }

        if (_count == _items.Length)
        {
            Array.Resize(ref _items, Math.Max(4, _count * 2));
        }

        _items[_count++] = new(key, value);
    }

    /// <summary>Returns this instance, or <see cref="Empty"/> when nothing was added.</summary>
    public IReadOnlyDictionary<string, string> OrEmpty() => _count == 0 ? Empty : this;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var index = IndexOf(key);
        if (index < 0)
        {
            value = null;
            return false;
        }

        value = _items[index].Value;
        return true;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_items[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
