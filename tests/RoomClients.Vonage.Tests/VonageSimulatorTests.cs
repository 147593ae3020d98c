namespace RoomClients.Vonage.Tests;

/// <summary>The Vonage simulator: it checks each request's JWT as Vonage does.</summary>
public sealed class VonageSimulatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Simulator_rejects_a_token_signed_with_another_key()
    {
        await using var host = new VonageSimulatorHost(o => o.PrivateKey = System.Security.Cryptography.RSA.Create(2048).ExportPkcs8PrivateKeyPem());
        var error = await Assert.ThrowsAsync<RoomAuthenticationException>(() => host.Rooms.GetRoomAsync("r-1", Ct));
        Assert.Equal("Invalid Token: The signature does not verify", error.ProviderMessage);
    }
}
