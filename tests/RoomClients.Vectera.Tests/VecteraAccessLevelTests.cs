using System.Text.Json;
using RoomClients.Vectera.Models;

namespace RoomClients.Vectera.Tests;

/// <summary><see cref="VecteraAccessLevel"/>: an open value set that serializes as the bare string, exactly as the string properties did.</summary>
public sealed class VecteraAccessLevelTests
{
    [Fact]
    public void Known_values_write_the_same_JSON_as_the_strings_did()
    {
        var json = JsonSerializer.Serialize(
            new CreateMeetingRoomRequest { Key = "k", PublicAccessLevel = VecteraAccessLevel.ShouldKnock, TeamAccessLevel = VecteraAccessLevel.CanAlwaysJoin },
            VecteraJsonContext.Default.CreateMeetingRoomRequest);
        Assert.Equal("""{"key":"k","publicAccessLevel":"should_knock","teamAccessLevel":"can_always_join"}""", json);
        Assert.Equal("""{"key":"k"}""", JsonSerializer.Serialize(new CreateMeetingRoomRequest { Key = "k" }, VecteraJsonContext.Default.CreateMeetingRoomRequest));
    }

    [Fact]
    public void A_value_Vectera_adds_later_round_trips_unchanged()
    {
        var room = JsonSerializer.Deserialize("""{"id":"r","key":"k","url":"https://x.test/k","publicAccessLevel":"members_only","teamAccessLevel":null}""", VecteraJsonContext.Default.MeetingRoom)!;
        Assert.Equal(new VecteraAccessLevel("members_only"), room.PublicAccessLevel);
        Assert.Equal("members_only", room.PublicAccessLevel.ToString());
        Assert.Null(room.TeamAccessLevel);
        Assert.Contains("\"publicAccessLevel\":\"members_only\"", JsonSerializer.Serialize(room, VecteraJsonContext.Default.MeetingRoom), StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"id":"r","publicAccessLevel":1}""", VecteraJsonContext.Default.MeetingRoom));
    }

    [Fact]
    public void Values_compare_ignoring_case_and_blank_is_refused()
    {
        Assert.True(new VecteraAccessLevel("CAN_ALWAYS_JOIN") == VecteraAccessLevel.CanAlwaysJoin);
        Assert.Equal(VecteraAccessLevel.CanAlwaysJoin.GetHashCode(), new VecteraAccessLevel("Can_Always_Join").GetHashCode());
        Assert.True(VecteraAccessLevel.CanAlwaysJoin != VecteraAccessLevel.ShouldKnock);
        Assert.Equal(string.Empty, default(VecteraAccessLevel).ToString());
        Assert.Throws<ArgumentException>(() => new VecteraAccessLevel(" "));
        Assert.Equal("publicAccessLevel = \"should_knock\"", VecteraFilter.Where("publicAccessLevel", VecteraFilterOperator.Equal, VecteraAccessLevel.ShouldKnock).ToString());
    }
}
