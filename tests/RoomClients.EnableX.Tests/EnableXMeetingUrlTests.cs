namespace RoomClients.EnableX.Tests;

/// <summary>Embed meeting URLs: participant and moderator (<c>/host/base64("ROOM_ID-APP_ID")</c>) on the Lite and Premium domains.</summary>
public sealed class EnableXMeetingUrlTests
{
    [Fact]
    public void Moderator_hash_is_base64_of_room_dash_app()
    {
        // base64("5f8d5a0b9b2c4e1a2b3c4d5e-5f1e2d3c4b5a69788796a5b4"), computed independently.
        Assert.Equal("NWY4ZDVhMGI5YjJjNGUxYTJiM2M0ZDVlLTVmMWUyZDNjNGI1YTY5Nzg4Nzk2YTViNA==", EnableXMeetingUrls.ModeratorHash("5f8d5a0b9b2c4e1a2b3c4d5e", "5f1e2d3c4b5a69788796a5b4"));
        Assert.Equal("cm9vbS1hcHA=", EnableXMeetingUrls.ModeratorHash("room", "app"));
    }

    [Theory]
    [InlineData("r", "a")] // 3 bytes: no padding
    [InlineData("r1", "a")] // 4 bytes: "=="
    [InlineData("r12", "a")] // 5 bytes: "="
    [InlineData("räum-ü", "äpp")] // UTF-8, not UTF-16
    [InlineData("6a1f0c2b9d8e7f6a5b4c3d2e", "6a1f0c2b9d8e7f6a5b4c3d2f")]
    public void Moderator_hash_and_url_are_base64_of_the_utf8_of_room_dash_app(string roomId, string appId)
    {
        var expected = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{roomId}-{appId}"));
        Assert.Equal(expected, EnableXMeetingUrls.ModeratorHash(roomId, appId));
        Assert.Equal($"https://acme.yourvideo.app/host/{expected}", EnableXMeetingUrls.ModeratorOn("acme.yourvideo.app", roomId, appId).OriginalString);
    }

    [Fact]
    public void A_moderator_hash_longer_than_the_stack_buffer_is_encoded_whole()
    {
        var roomId = new string('r', 300);
        var appId = new string('ä', 40); // 80 bytes
        var expected = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{roomId}-{appId}"));
        Assert.Equal(expected, EnableXMeetingUrls.ModeratorHash(roomId, appId));
        Assert.Equal($"https://acme.yourvideo.live/host/{expected}", EnableXMeetingUrls.ModeratorOn("acme.yourvideo.live", roomId, appId).OriginalString);
    }

    [Fact]
    public void Lite_and_premium_urls()
    {
        Assert.Equal("https://acme.yourvideo.app/r1", EnableXMeetingUrls.Participant("acme", EnableXMeetingUrls.LiteDomain, "r1").AbsoluteUri);
        Assert.Equal("https://acme.yourvideo.live/r1", EnableXMeetingUrls.Participant("acme", EnableXMeetingUrls.PremiumDomain, "r1").AbsoluteUri);
        Assert.Equal("https://acme.yourvideo.app/host/cm9vbS1hcHA=", EnableXMeetingUrls.Moderator("acme", EnableXMeetingUrls.LiteDomain, "room", "app").AbsoluteUri);
        Assert.Equal("https://acme.yourvideo.live/host/cm9vbS1hcHA=", EnableXMeetingUrls.Moderator("acme", EnableXMeetingUrls.PremiumDomain, "room", "app").AbsoluteUri);
    }

    [Fact]
    public void Missing_parts_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => EnableXMeetingUrls.Participant("", EnableXMeetingUrls.LiteDomain, "r1"));
        Assert.Throws<ArgumentException>(() => EnableXMeetingUrls.Moderator("acme", EnableXMeetingUrls.LiteDomain, "r1", " "));
    }

    [Fact]
    public void Scheduled_time_is_gmt_to_the_second()
    {
        Assert.Equal("2021-05-31 05:30:00", EnableXTime.Format(new DateTimeOffset(2021, 5, 31, 11, 0, 0, 400, TimeSpan.FromHours(5.5))));
        Assert.Equal(new DateTimeOffset(2021, 5, 31, 5, 30, 0, TimeSpan.Zero), EnableXTime.Parse("2021-05-31 05:30:00"));
        Assert.Null(EnableXTime.Parse("2021-05-31T05:30:00Z"));
    }
}
