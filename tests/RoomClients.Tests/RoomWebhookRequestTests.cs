using RoomClients.Webhooks;

namespace RoomClients.Tests;

public sealed class RoomWebhookRequestTests
{
    [Theory]
    [InlineData("https://a.example/hook?secret=abc", "secret", "abc")]
    [InlineData("https://a.example/hook?x=1&secret=a%2Bb%3Dc%26d", "secret", "a+b=c&d")]
    [InlineData("https://a.example/hook?secret=a+b", "secret", "a b")]
    [InlineData("https://a.example/hook?secret=first&secret=second", "secret", "first")]
    [InlineData("https://a.example/hook?secret", "secret", "")]
    [InlineData("https://a.example/hook?secret=", "secret", "")]
    [InlineData("https://a.example/hook?Secret=abc", "secret", null)]
    [InlineData("https://a.example/hook", "secret", null)]
    public void Query_parameters_are_read_unescaped_from_the_request_uri(string url, string name, string? expected)
    {
        var request = new RoomWebhookRequest(ReadOnlyMemory<byte>.Empty) { RequestUri = new Uri(url) };
        Assert.Equal(expected, request.GetQueryParameter(name));
    }

    [Fact]
    public void Without_a_request_uri_there_are_no_query_parameters()
    {
        var request = new RoomWebhookRequest(ReadOnlyMemory<byte>.Empty, [KeyValuePair.Create("X-Test", "1")]);
        Assert.Null(request.GetQueryParameter("secret"));
        Assert.Equal("1", request.GetHeader("x-test"));
        Assert.Throws<ArgumentException>(() => request.GetQueryParameter(""));
    }
}
