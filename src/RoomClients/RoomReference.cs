using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace RoomClients;

/// <summary>
/// A provider-qualified room id: the registration name of the <see cref="IRoomService"/> that owns the room and the
/// provider's id of the room. Its string form <c>name:id</c> (such as <c>whereby:112233</c>) is what an application
/// stores; <see cref="Routing.IRoomRouter"/> finds the room again from it, whichever provider created it.
/// </summary>
/// <remarks>
/// The name may not contain <c>':'</c>; the id may (parsing splits on the first <c>':'</c>). Equality is ordinal.
/// System.Text.Json reads and writes it as its string form (also as a dictionary key), without reflection.
/// </remarks>
[JsonConverter(typeof(RoomReferenceJsonConverter))]
public readonly record struct RoomReference : ISpanParsable<RoomReference>
{
    private const char Separator = ':';

    /// <summary>Initializes a new reference.</summary>
    /// <param name="name">The registration name (service key) of the room's owner, such as <c>"whereby"</c> or <c>"whereby-eu"</c>.</param>
    /// <param name="roomId">The provider's room id, as in <see cref="Room.Id"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, blank or contains <c>':'</c>, or <paramref name="roomId"/> is empty or blank.</exception>
    public RoomReference(string name, string roomId)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(roomId);
        if (Problem(name, roomId) is { } problem)
        {
            throw new ArgumentException(problem, string.IsNullOrWhiteSpace(roomId) ? nameof(roomId) : nameof(name));
        }

        Name = name;
        RoomId = roomId;
    }

    /// <summary>Gets the registration name (service key) of the room's owner; <see langword="null"/> only for <see langword="default"/>.</summary>
    public string Name { get; }

    /// <summary>Gets the provider's room id; <see langword="null"/> only for <see langword="default"/>.</summary>
    public string RoomId { get; }

    /// <summary>Gets whether this is <see langword="default"/>, which references no room.</summary>
    public bool IsEmpty => Name is null;

    /// <summary>Parses <c>name:id</c>, splitting on the first <c>':'</c>. The format does not depend on culture.</summary>
    /// <param name="s">The text, such as <c>whereby:112233</c>.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not <c>name:id</c> with a non-empty name without <c>':'</c> and a non-empty id.</exception>
    public static RoomReference Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <summary>Parses <c>name:id</c>, splitting on the first <c>':'</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not <c>name:id</c>.</exception>
    public static RoomReference Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out var result, out var problem) ? result : throw new FormatException($"'{Shorten(s)}' is not a room reference (name:id): {problem}");

    /// <summary>Tries to parse <c>name:id</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The reference, when parsed; <see langword="default"/> otherwise.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a valid reference.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out RoomReference result)
    {
        result = default;
        return s is not null && TryParse(s.AsSpan(), out result, out _);
    }

    /// <summary>Tries to parse <c>name:id</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The reference, when parsed; <see langword="default"/> otherwise.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a valid reference.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out RoomReference result) => TryParse(s, out result, out _);

    /// <inheritdoc />
    static RoomReference IParsable<RoomReference>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<RoomReference>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out RoomReference result) => TryParse(s, out result);

    /// <inheritdoc />
    static RoomReference ISpanParsable<RoomReference>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<RoomReference>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out RoomReference result) => TryParse(s, out result);

    /// <summary>Returns the stable string form <c>name:id</c>, or an empty string for <see langword="default"/>.</summary>
    /// <returns>The text to store.</returns>
    public override string ToString() => IsEmpty ? string.Empty : string.Concat(Name, ":", RoomId);

    private static bool TryParse(ReadOnlySpan<char> s, out RoomReference result, out string? problem)
    {
        result = default;
        var colon = s.IndexOf(Separator);
        if (colon < 0)
        {
            problem = "there is no ':' between the name and the id.";
            return false;
        }

        var name = s[..colon];
        var id = s[(colon + 1)..];
        problem = Problem(name, id);
        if (problem is not null)
        {
            return false;
        }

        result = new RoomReference(name.ToString(), id.ToString(), validated: true);
        return true;
    }

    private RoomReference(string name, string roomId, bool validated)
    {
        _ = validated;
        Name = name;
        RoomId = roomId;
    }

    private static string? Problem(ReadOnlySpan<char> name, ReadOnlySpan<char> roomId)
    {
        if (name.IsWhiteSpace())
        {
            return "the name is empty.";
        }

        if (name.Contains(Separator))
        {
            return "the name contains ':'.";
        }

        if (name.Trim().Length != name.Length)
        {
            return "the name starts or ends with white space.";
        }

        return roomId.IsWhiteSpace() ? "the room id is empty." : null;
    }

    private static string Shorten(ReadOnlySpan<char> s) => s.Length <= 100 ? s.ToString() : string.Concat(s[..100], "…");
}
