using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.Daily.Tests;

/// <summary>
/// Every id argument of the typed API must stay in its path segment: <c>UpdateRoomAsync("..")</c> must never become
/// <c>POST /v1/</c>, which is Daily's <c>set_domain_config</c>.
/// </summary>
public sealed class DailyTypedApiIdTests
{
    public static TheoryData<string, string> Calls => new()
    {
        { "UpdateRoom", ".." },
        { "UpdateRoom", "." },
        { "UpdateWebhook", ".." },
        { "DeleteRecording", ".." },
        { "GetRoom", "." },
        { "DeleteRoom", ".." },
        { "GetTranscript", ".." },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Dot_segments_never_reach_another_path(string operation, string id)
    {
        await using var host = new DailyTestHost();
        host.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("{}"));
        var api = host.Api;
        Func<Task> call = operation switch
        {
            "UpdateRoom" => () => api.UpdateRoomAsync(id, new Models.DailyUpdateRoomRequest { Privacy = "public" }),
            "UpdateWebhook" => () => api.UpdateWebhookAsync(id, new Models.WebhookRequest { RetryType = "exponential" }),
            "DeleteRecording" => () => api.DeleteRecordingAsync(id),
            "GetRoom" => () => api.GetRoomAsync(id),
            "DeleteRoom" => () => api.DeleteRoomAsync(id),
            _ => () => api.GetTranscriptAsync(id),
        };

        var error = await Assert.ThrowsAsync<RoomValidationException>(call);
        Assert.Equal("daily", error.Provider);
        Assert.Empty(host.Requests); // refused before anything was sent
        Assert.DoesNotContain(host.Requests, r => r.RequestMessage!.Path is "/v1" or "/v1/" or "/v1/rooms" or "/v1/webhooks" or "/v1/recordings" or "/v1/transcript" or "/");
    }
}
