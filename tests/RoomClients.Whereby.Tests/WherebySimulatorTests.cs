using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Refit;
using RoomClients.Testing.Whereby;
using RoomClients.Whereby.Models;

namespace RoomClients.Whereby.Tests;

/// <summary>The simulator users test against must behave like Whereby where the SDK relies on it.</summary>
public sealed class WherebySimulatorTests
{
    [Fact]
    public async Task Recordings_and_themes_are_stateful_and_check_content_types()
    {
        var ct = TestContext.Current.CancellationToken;
        using var simulator = new WherebySimulator();
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms.AddWhereby(o => { o.ApiKey = simulator.ApiKey; o.BaseAddress = simulator.BaseAddress; }));
        await using var provider = services.BuildServiceProvider();
        var api = provider.GetRequiredService<IWherebyApi>();

        var id = simulator.AddRecording("/demo");
        simulator.AddRecording("/other");
        var page = await api.ListRecordingsAsync(roomName: "/demo", cancellationToken: ct);
        Assert.Equal(id, Assert.Single(page.Results).RecordingId);
        var link = await api.GetRecordingAccessLinkAsync(id, 60, ct);
        Assert.InRange(link.ExpiresAt, DateTimeOffset.UtcNow.AddSeconds(30), DateTimeOffset.UtcNow.AddSeconds(90));
        await api.DeleteRecordingAsync(id, ct);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => api.GetRecordingAsync(id, ct));

        await api.SetRoomThemeTokensAsync("demo", new RoomThemeTokensRequest { Tokens = new RoomThemeTokens { Colors = new RoomThemeColors { Primary = "#000000" } } }, ct);
        using var png = new MemoryStream([1, 2, 3]);
        await api.SetRoomLogoAsync("demo", new StreamPart(png, "l.png", "image/png"), ct);
        var theme = simulator.GetTheme("/demo")!;
        Assert.Equal("#000000", theme["tokens"]!["tokens"]!["colors"]!["primary"]!.GetValue<string>());
        Assert.Equal("uploaded", theme["logo"]!["image"]!.GetValue<string>());

        using var raw = new HttpClient();
        using var wrong = new HttpRequestMessage(HttpMethod.Put, new Uri(simulator.BaseAddress, "rooms/demo/theme/logo")) { Content = new StringContent("x", Encoding.UTF8, "text/plain") };
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", simulator.ApiKey);
        using var response = await raw.SendAsync(wrong, ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
