namespace RoomClients;

/// <summary>How to list rooms.</summary>
public sealed class RoomQuery
{
    /// <summary>Gets or sets how many rooms each request asks for; <see langword="null"/> uses the provider's default.
    /// Must be between 1 and the provider's <see cref="RoomCapabilities.MaxPageSize"/>.</summary>
    public int? PageSize { get; set; }
}
