namespace RoomClients.Tests;

public class SmokeTests
{
    [Fact]
    public void Providers_are_named() => Assert.Equal("whereby", RoomProviders.Whereby);
}
