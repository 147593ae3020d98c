namespace RoomClients;

/// <summary>The provider names used for <see cref="IRoomService.Provider"/> and as DI service keys.</summary>
public static class RoomProviders
{
    /// <summary>Whereby (REST v1).</summary>
    public const string Whereby = "whereby";

    /// <summary>Vonage Meetings.</summary>
    public const string Vonage = "vonage";

    /// <summary>EnableX Video and its white labels (Smartflomeet).</summary>
    public const string EnableX = "enablex";

    /// <summary>Vectera.</summary>
    public const string Vectera = "vectera";

    /// <summary>Daily (daily.co REST API v1).</summary>
    public const string Daily = "daily";
    /// <summary>Zoom (REST API v2, Server-to-Server OAuth).</summary>
    public const string Zoom = "zoom";

    /// <summary>A failover over several registered providers (<c>AddFailover</c>); the rooms it returns name their own provider.</summary>
    public const string Failover = "failover";

    /// <summary>The in-memory implementation from <c>RoomClients.Testing</c>.</summary>
    public const string InMemory = "in-memory";
}
