using System.ComponentModel;
using System.Text.Json.Serialization;

namespace RoomClients.Vectera;

/// <summary>
/// Who may enter a meeting room without knocking (<c>publicAccessLevel</c>, <c>teamAccessLevel</c>): <see cref="CanAlwaysJoin"/>,
/// <see cref="ShouldKnock"/>, or any other level Vectera may add (<c>new VecteraAccessLevel("…")</c>). Compared ignoring case.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<VecteraAccessLevel>))]
public readonly struct VecteraAccessLevel : IEquatable<VecteraAccessLevel>, IStringValue<VecteraAccessLevel>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="value">The access level as Vectera writes it.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty or white space.</exception>
    public VecteraAccessLevel(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>Gets that anyone with the link may enter without knocking (an open room) (<c>can_always_join</c>).</summary>
    public static VecteraAccessLevel CanAlwaysJoin { get; } = new("can_always_join");

    /// <summary>Gets that guests knock and a host lets them in (the default, "locked") (<c>should_knock</c>).</summary>
    public static VecteraAccessLevel ShouldKnock { get; } = new("should_knock");

    /// <summary>Gets a permission's host rights (<c>is_host</c>; the <c>accessLevel</c> of <c>POST /permissions</c> only).</summary>
    public static VecteraAccessLevel IsHost { get; } = new("is_host");

    string? IStringValue<VecteraAccessLevel>.WireValue => _value;

    /// <summary>Returns whether two access levels are the same, ignoring case.</summary>
    /// <param name="left">An access level.</param>
    /// <param name="right">Another access level.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(VecteraAccessLevel left, VecteraAccessLevel right) => left.Equals(right);

    /// <summary>Returns whether two access levels differ, ignoring case.</summary>
    /// <param name="left">An access level.</param>
    /// <param name="right">Another access level.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(VecteraAccessLevel left, VecteraAccessLevel right) => !left.Equals(right);

    static VecteraAccessLevel IStringValue<VecteraAccessLevel>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(VecteraAccessLevel other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is VecteraAccessLevel other && Equals(other);

    /// <inheritdoc />
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>Returns the access level as Vectera writes it (empty for the default value).</summary>
    /// <returns>The access level.</returns>
    public override string ToString() => _value ?? string.Empty;
}
