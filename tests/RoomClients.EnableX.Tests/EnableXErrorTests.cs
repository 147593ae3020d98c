using System.Net;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.EnableX.Tests;

/// <summary>The result envelope: non-zero results (number or string) throw typed exceptions even with HTTP 200; error statuses map too.</summary>
public sealed class EnableXErrorTests
{
    [Theory]
    [InlineData("""{"result":40001,"error":"Room not found","desc":"No such room"}""", typeof(RoomNotFoundException), "40001")]
    [InlineData("""{"result":"40002","error":"Unauthorized"}""", typeof(RoomAuthenticationException), "40002")]
    [InlineData("""{"result":10002,"error":"Name missing","desc":"Room name is required"}""", typeof(RoomValidationException), "10002")]
    [InlineData("""{"result":10030,"error":"Update denied","desc":"Room is active"}""", typeof(RoomConflictException), "10030")]
    [InlineData("""{"result":"50001","desc":"Room creation failed"}""", typeof(RoomProviderUnavailableException), "50001")]
    public async Task Non_zero_result_with_http_200_throws_the_typed_exception(string body, Type expected, string code)
    {
        await using var host = new EnableXTestHost();
        host.Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));

        var fromApi = await Assert.ThrowsAnyAsync<RoomServiceException>(() => host.Api.GetRoomAsync("r1", TestContext.Current.CancellationToken));
        Assert.IsType(expected, fromApi);
        Assert.Equal(code, fromApi.ErrorCode);
        Assert.Equal(RoomProviders.EnableX, fromApi.Provider);
        Assert.Equal(HttpStatusCode.OK, fromApi.StatusCode);
        Assert.NotNull(fromApi.ProviderMessage);
        Assert.DoesNotContain(EnableXTestHost.AppKey, fromApi.ToString(), StringComparison.Ordinal);

        var fromService = await Assert.ThrowsAnyAsync<RoomServiceException>(() => host.Rooms.GetRoomAsync("r1", TestContext.Current.CancellationToken));
        Assert.IsType(expected, fromService);
    }

    [Fact]
    public async Task Http_200_envelope_errors_are_not_retried()
    {
        await using var host = new EnableXTestHost();
        host.Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"result":50003,"error":"Get failed"}"""));
        await Assert.ThrowsAsync<RoomProviderUnavailableException>(() => host.Api.GetRoomAsync("r1", TestContext.Current.CancellationToken));
        Assert.Single(host.Requests);
    }

    [Theory]
    [InlineData(404, """{"result":40001,"error":"Room not found","desc":"No room"}""", typeof(RoomNotFoundException))]
    [InlineData(401, """{"result":40002,"error":"Unauthorized"}""", typeof(RoomAuthenticationException))]
    [InlineData(400, """{"result":"10104","error":"Invalid role","desc":"role must be moderator, participant or viewer"}""", typeof(RoomValidationException))]
    public async Task Error_statuses_keep_the_result_code_and_text(int status, string body, Type expected)
    {
        await using var host = new EnableXTestHost();
        host.Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));
        var error = await Assert.ThrowsAnyAsync<RoomServiceException>(() => host.Api.DeleteRoomAsync("r1", TestContext.Current.CancellationToken));
        Assert.IsType(expected, error);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Matches("^\\d+$", error.ErrorCode!);
        Assert.NotNull(error.ProviderMessage);
    }
}
