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
