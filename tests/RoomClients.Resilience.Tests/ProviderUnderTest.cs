using RoomClients.DependencyInjection;
using RoomClients.Whereby;

namespace RoomClients.Resilience.Tests;

/// <summary>How the fault matrix registers one provider against a server, and the secrets it must never leak.</summary>
public abstract class ProviderUnderTest
{
    public abstract string Name { get; }

    /// <summary>Secrets configured by <see cref="Register"/>; none may appear in logs or exceptions.</summary>
    public abstract IReadOnlyList<string> Secrets { get; }

    public abstract void Register(RoomClientsBuilder rooms, Uri serverRoot);

    /// <summary>A create request this provider accepts.</summary>
    public virtual CreateRoomRequest NewRoom() => new() { EndsAt = DateTimeOffset.UtcNow.AddHours(2) };

    /// <summary>An update request this provider accepts.</summary>
    public virtual UpdateRoomRequest NewUpdate() => new() { EndsAt = DateTimeOffset.UtcNow.AddHours(3) };

    public override string ToString() => Name;

    public static IReadOnlyList<ProviderUnderTest> All { get; } =
    [
        new WherebyUnderTest(),
    ];
}

public sealed class WherebyUnderTest : ProviderUnderTest
{
    private const string Key = "whereby-secret-key-3f9a1c";

    public override string Name => RoomProviders.Whereby;

    public override IReadOnlyList<string> Secrets => [Key];

    public override void Register(RoomClientsBuilder rooms, Uri serverRoot) =>
        rooms.AddWhereby(o =>
        {
            o.ApiKey = Key;
            o.BaseAddress = new Uri(serverRoot, "/v1/");
        });
}
