using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoomClients.DependencyInjection;
using RoomClients.Testing;
using RoomClients.Testing.Vectera;
using RoomClients.Testing.Whereby;
using RoomClients.Vectera;
using RoomClients.Whereby;

namespace RoomClients.Resilience.Tests;

/// <summary>How the fault matrix registers one provider against a server, and the secrets it must never leak.</summary>
public abstract class ProviderUnderTest
{
    public abstract string Name { get; }

    /// <summary>Secrets configured by <see cref="Register"/>; none may appear in logs or exceptions.</summary>
    public abstract IReadOnlyList<string> Secrets { get; }

    public abstract void Register(RoomClientsBuilder rooms, Uri serverRoot);

    /// <summary>The registered options' ToString(), which must not show secrets.</summary>
    public abstract string DescribeOptions(IServiceProvider services);

    /// <summary>Starts this provider's simulator, accepting the credentials <see cref="Register"/> configures.</summary>
    public abstract ProviderSimulator StartSimulator();

    /// <summary>A create request this provider accepts.</summary>
    public virtual CreateRoomRequest NewRoom() => new() { EndsAt = DateTimeOffset.UtcNow.AddHours(2) };

    /// <summary>An update request this provider accepts.</summary>
    public virtual UpdateRoomRequest NewUpdate() => new() { EndsAt = DateTimeOffset.UtcNow.AddHours(3) };

    public override string ToString() => Name;

    public static IReadOnlyList<ProviderUnderTest> All { get; } =
    [
        new WherebyUnderTest(),
        new VecteraUnderTest(),
    ];
}

public sealed class WherebyUnderTest : ProviderUnderTest
{
    private const string Key = "whereby-secret-key-3f9a1c";

    public override string Name => RoomProviders.Whereby;

    public override IReadOnlyList<string> Secrets => [Key];

    public override ProviderSimulator StartSimulator() => new WherebySimulator(Key);

    public override string DescribeOptions(IServiceProvider services) =>
        services.GetRequiredService<IOptionsMonitor<WherebyOptions>>().Get(Name).ToString();

    public override void Register(RoomClientsBuilder rooms, Uri serverRoot) =>
        rooms.AddWhereby(o =>
        {
            o.ApiKey = Key;
            o.BaseAddress = new Uri(serverRoot, "/v1/");
        });
}

public sealed class VecteraUnderTest : ProviderUnderTest
{
    private const string Token = "vectera-secret-token-8d2e4b";

    public override string Name => RoomProviders.Vectera;

    public override IReadOnlyList<string> Secrets => [Token];

    public override ProviderSimulator StartSimulator() => new VecteraSimulator(Token);

    public override string DescribeOptions(IServiceProvider services) =>
        services.GetRequiredService<IOptionsMonitor<VecteraOptions>>().Get(Name).ToString();

    public override void Register(RoomClientsBuilder rooms, Uri serverRoot) =>
        rooms.AddVectera(o =>
        {
            o.ApiToken = Token;
            o.BaseAddress = new Uri(serverRoot, "/api/v2/");
        });

    /// <summary>Vectera meeting rooms are permanent.</summary>
    public override CreateRoomRequest NewRoom() => new() { Kind = RoomKind.Permanent };

    /// <summary>Vectera rooms do not expire; open the room to guests instead.</summary>
    public override UpdateRoomRequest NewUpdate() => new() { Locked = false };
}
