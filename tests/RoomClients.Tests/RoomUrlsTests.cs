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
    [InlineData("https://rooms.example/r?email=a@b.example", true)]
    [InlineData("https://rooms.example/@team/r", true)]
    [InlineData("https://user%40x@evil.example/r", false)]
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

    /// <summary>
    /// The quick check (a scan of the text for <c>@</c>) and the check by the parsed parts agree on every URL of a
    /// generated set built from the pieces that move a URL's parts around (<c>@ : / \ ? # [ ]</c>, escapes, look-alike
    /// characters, whitespace); a fixed seed, so a disagreement is reproducible.
    /// </summary>
    [Fact]
    public void The_quick_check_and_the_check_by_parts_agree_on_generated_urls()
    {
        string[] prefixes = ["https://", "http://", "HTTPS://", "https:", "https:/", "https:\\\\", " https://", "\thttps://", "https:///", "ftp://", ""];
        string[] pieces = ["a", "host", "evil.example", "@", "@", ":", "/", "\\", "?", "#", "%40", "%", "[", "]", "::1", "\uFF20", "\u00FC", ".", "-", "80", " ", "\t", "\n", "user", "pass", "xn--bcher-kva", "%2F", "%5C", "\u200B", "\uFF0F", "[::1]"];
        var random = new Random(20261203);
        var parsed = 0;
        var accepted = 0;
        for (var i = 0; i < 100_000; i++)
        {
            var text = new System.Text.StringBuilder(prefixes[random.Next(prefixes.Length)]);
            for (var k = random.Next(1, 9); k > 0; k--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            if (!Uri.TryCreate(text.ToString(), UriKind.RelativeOrAbsolute, out var url))
            {
                continue;
            }

            parsed++;
            var byParts = RoomUrls.IsWebByParts(url);
            accepted += byParts ? 1 : 0;
            Assert.True(byParts == RoomUrls.IsWeb(url), $"'{text}': by parts {byParts}, quick {!byParts}");
        }

        Assert.True(parsed > 20_000 && accepted > 5_000, $"the set must exercise both answers: {parsed} parsed, {accepted} accepted");
    }
}
