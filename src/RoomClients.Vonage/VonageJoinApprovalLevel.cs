using System.ComponentModel;
using System.Text.Json.Serialization;

namespace RoomClients.Vonage;

/// <summary>
/// Who may enter a Vonage room (<c>join_approval_level</c>): <see cref="None"/>, <see cref="AfterOwnerOnly"/>,
/// <see cref="ExplicitApproval"/>, or any other level Vonage may add (<c>new VonageJoinApprovalLevel("…")</c>). Compared ignoring case.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<VonageJoinApprovalLevel>))]
public readonly struct VonageJoinApprovalLevel : IEquatable<VonageJoinApprovalLevel>, IStringValue<VonageJoinApprovalLevel>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="value">The level as Vonage writes it.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty or white space.</exception>
    public VonageJoinApprovalLevel(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>Gets that anyone with the link enters (<c>none</c>).</summary>
    public static VonageJoinApprovalLevel None { get; } = new("none");

    /// <summary>Gets that guests wait until the owner has joined (<c>after_owner_only</c>).</summary>
    public static VonageJoinApprovalLevel AfterOwnerOnly { get; } = new("after_owner_only");

    /// <summary>Gets that a host admits each guest (a locked room) (<c>explicit_approval</c>).</summary>
    public static VonageJoinApprovalLevel ExplicitApproval { get; } = new("explicit_approval");

    string? IStringValue<VonageJoinApprovalLevel>.WireValue => _value;

    /// <summary>Returns whether two levels are the same, ignoring case.</summary>
    /// <param name="left">A level.</param>
    /// <param name="right">Another level.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(VonageJoinApprovalLevel left, VonageJoinApprovalLevel right) => left.Equals(right);

    /// <summary>Returns whether two levels differ, ignoring case.</summary>
    /// <param name="left">A level.</param>
    /// <param name="right">Another level.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(VonageJoinApprovalLevel left, VonageJoinApprovalLevel right) => !left.Equals(right);

    static VonageJoinApprovalLevel IStringValue<VonageJoinApprovalLevel>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(VonageJoinApprovalLevel other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is VonageJoinApprovalLevel other && Equals(other);

    /// <inheritdoc />
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>Returns the level as Vonage writes it (empty for the default value).</summary>
    /// <returns>The level.</returns>
    public override string ToString() => _value ?? string.Empty;
}
