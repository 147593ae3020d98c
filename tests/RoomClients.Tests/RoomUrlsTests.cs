namespace RoomClients.Tests;

/// <summary>
/// The shared room-link check every adapter applies to answered and built URLs (the adapters' own tests, in
/// RoomClients.Resilience.Tests, send hostile links through real servers): a table of inputs against the rule.
/// </summary>
public sealed class RoomUrlsTests
{
    [Theory]
    [InlineData("https://rooms.example/r-1", true)]
    [InlineData("http://rooms.example:8080/r-1?k=v#f", true)]
    [InlineData("https://xn--bcher-kva.example/r", true)]
    [InlineData("https://bücher.example/r", true)]
    [InlineData("https://[::1]/r", true)]
    [InlineData("https://203.0.113.7/r", true)]
    [InlineData("https://rooms.example./r", true)]
    [InlineData("https://user:pass@evil.example/r", false)]
    [InlineData("https://user@evil.example/r", false)]
    [InlineData("https://:@evil.example/r", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("ftp://rooms.example/r", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("/relative/room", false)]
    [InlineData("https:rooms.example", false)]
    public void A_url_is_a_web_url_only_when_absolute_http_with_a_host_and_no_user_info(string text, bool web)
    {
        var parsed = Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var url);

        Assert.True(parsed);
        Assert.Equal(web, RoomUrls.IsWeb(url));
        if (web)
        {
            Assert.False(string.IsNullOrEmpty(url!.Host)); // the host's kind stands for its text: an accepted URL has one
        }
    }

    [Theory]
    [InlineData("https:///r")]
    [InlineData("http://")]
    [InlineData("https://@/r")]
    [InlineData("https://host:99999/r")]
    public void An_http_url_without_a_host_does_not_even_parse(string text) =>
        Assert.False(Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out _));
}
