namespace RoomClients.Vectera.Tests;

public sealed class VecteraSimulatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_malformed_filter_is_a_400_naming_the_filter()
    {
        await using var v = new SimulatedVectera();
        var error = await Assert.ThrowsAsync<RoomValidationException>(() => v.Api.ListMeetingRoomsAsync(filter: "(key = \"a\"", cancellationToken: Ct));
        Assert.StartsWith("filter:", error.ProviderMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_filter_by_date_joined_and_me_is_the_token_user()
    {
        await using var v = new SimulatedVectera();
        var me = await v.Api.GetUserAsync("me", Ct);
        Assert.Equal(v.Simulator.CurrentUserId, me.Id);
        var recent = await v.Api.ListUsersAsync(filter: VecteraFilter.Where("dateJoined", VecteraFilterOperator.GreaterThan, new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero)).ToString(), cancellationToken: Ct);
        Assert.Equal(me.Id, Assert.Single(recent).Id);
        var none = await v.Api.ListUsersAsync(filter: "dateJoined < 2021-01-01T00:00", cancellationToken: Ct);
        Assert.Empty(none);
    }

    [Fact]
    public async Task A_duplicate_key_is_refused_and_a_preferred_key_is_adjusted()
    {
        await using var v = new SimulatedVectera();
        await v.Api.CreateMeetingRoomAsync(new() { Key = "taken" }, Ct);
        var error = await Assert.ThrowsAsync<RoomValidationException>(() => v.Api.CreateMeetingRoomAsync(new() { Key = "taken" }, Ct));
        Assert.Equal("key: A meeting room with this key already exists.", error.ProviderMessage);
        var adjusted = await v.Api.CreateMeetingRoomAsync(new() { PreferredKey = "taken" }, Ct);
        Assert.StartsWith("taken-", adjusted.Key, StringComparison.Ordinal);
    }
}
