using Microsoft.Extensions.DependencyInjection;
using RoomClients.Tests.Shared.Hosts;

namespace RoomClients.Vectera.Tests;

/// <summary>A WireMock server on loopback and the SDK registered against it, as a user would register it.</summary>
internal sealed class VecteraTestHost(Action<VecteraOptions>? configure = null)
    : WireMockTestHost((builder, root) => builder.AddVectera(o =>
    {
        o.ApiToken = ApiToken;
        o.BaseAddress = new Uri(root, "/api/v2/");
        configure?.Invoke(o);
    }))
{
    public static readonly string ApiToken = $"test-{Guid.NewGuid():N}";

    public IVecteraApi Api => Services.GetRequiredService<IVecteraApi>();
}
