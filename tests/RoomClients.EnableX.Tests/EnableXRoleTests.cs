using System.Text.Json;
using RoomClients.EnableX.Models;

namespace RoomClients.EnableX.Tests;

/// <summary><see cref="EnableXRole"/>: an open value set that serializes as the bare string, exactly as the string properties did.</summary>
public sealed class EnableXRoleTests
{
    [Fact]
    public void Known_values_write_the_same_JSON_as_the_strings_did()
    {
        var json = JsonSerializer.Serialize(new EnableXCreateTokenRequest { Name = "Ann", Role = EnableXRole.Moderator, UserRef = "u1" }, EnableXJsonContext.Default.EnableXCreateTokenRequest);
        Assert.Contains("\"role\":\"moderator\"", json, StringComparison.Ordinal);
        Assert.Contains("\"role\":\"participant\"", JsonSerializer.Serialize(new EnableXCreateTokenRequest { Name = "Ann", UserRef = "u1" }, EnableXJsonContext.Default.EnableXCreateTokenRequest), StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_EnableX_adds_later_round_trips_unchanged()
    {
        var request = JsonSerializer.Deserialize("""{"name":"Ann","role":"audience","user_ref":"u1"}""", EnableXJsonContext.Default.EnableXCreateTokenRequest)!;
        Assert.Equal(new EnableXRole("audience"), request.Role);
        Assert.Contains("\"role\":\"audience\"", JsonSerializer.Serialize(request, EnableXJsonContext.Default.EnableXCreateTokenRequest), StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"role":true}""", EnableXJsonContext.Default.EnableXCreateTokenRequest));
    }

    [Fact]
    public void Roles_compare_ignoring_case_and_blank_is_refused()
    {
        Assert.True(new EnableXRole("Moderator") == EnableXRole.Moderator);
        Assert.False(EnableXRole.Moderator.Equals(EnableXRole.Viewer));
        Assert.Equal("viewer", EnableXRole.Viewer.ToString());
        Assert.Throws<ArgumentException>(() => new EnableXRole(""));
    }
}
