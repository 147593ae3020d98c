using Microsoft.Extensions.DependencyInjection;
using RoomClients.Tests.Shared.Hosts;
using RoomClients.Whereby;

namespace RoomClients.Whereby.Tests;

/// <summary>A WireMock server on loopback and the SDK registered against it, as a user would register it.</summary>
internal sealed class WherebyTestHost(Action<WherebyOptions>? configure = null, Action<RoomClientsBuilder>? rooms = null, Action<IServiceCollection>? services = null)
    : WireMockTestHost((builder, root) => builder.AddWhereby(o =>
    {
        o.ApiKey = ApiKey;
        o.BaseAddress = new Uri(root, "/v1/");
        configure?.Invoke(o);
    }), rooms, services)
{
    public const string ApiKey = "test-key-9f8e7d";

    public IWherebyApi Api => Services.GetRequiredService<IWherebyApi>();
}
