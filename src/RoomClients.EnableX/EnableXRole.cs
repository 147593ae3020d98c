using System.ComponentModel;
using System.Text.Json.Serialization;

namespace RoomClients.EnableX;

/// <summary>
/// A token role (lower case on the wire): <see cref="Moderator"/>, <see cref="Participant"/>, <see cref="Viewer"/>, or any
/// other role EnableX may add (<c>new EnableXRole("…")</c>). Compared ignoring case.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<EnableXRole>))]
public readonly struct EnableXRole : IEquatable<EnableXRole>, IStringValue<EnableXRole>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="value">The role as EnableX writes it.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty or white space.</exception>
    public EnableXRole(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>Gets a moderator: can lock, record, stream, mute and remove others (<c>moderator</c>).</summary>
    public static EnableXRole Moderator { get; } = new("moderator");

    /// <summary>Gets a participant (<c>participant</c>).</summary>
    public static EnableXRole Participant { get; } = new("participant");

    /// <summary>Gets a viewer, who receives only (<c>viewer</c>).</summary>
    public static EnableXRole Viewer { get; } = new("viewer");

    string? IStringValue<EnableXRole>.WireValue => _value;

    /// <summary>Returns whether two roles are the same, ignoring case.</summary>
    /// <param name="left">A role.</param>
    /// <param name="right">Another role.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(EnableXRole left, EnableXRole right) => left.Equals(right);

    /// <summary>Returns whether two roles differ, ignoring case.</summary>
    /// <param name="left">A role.</param>
    /// <param name="right">Another role.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(EnableXRole left, EnableXRole right) => !left.Equals(right);

    static EnableXRole IStringValue<EnableXRole>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(EnableXRole other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is EnableXRole other && Equals(other);

    /// <inheritdoc />
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>Returns the role as EnableX writes it (empty for the default value).</summary>
    /// <returns>The role.</returns>
    public override string ToString() => _value ?? string.Empty;
}
