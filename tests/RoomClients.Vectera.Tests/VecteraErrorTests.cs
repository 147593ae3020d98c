using System.Net;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.Vectera.Tests;

/// <summary>Vectera's error bodies (<c>{detail}</c>, or field maps) become typed exceptions with the provider's message; 4xx are not retried.</summary>
public sealed class VecteraErrorTests
{
    [Theory]
    [InlineData(400, typeof(RoomValidationException), """{"name":["This field may not be blank."]}""", "name: This field may not be blank.")]
    [InlineData(401, typeof(RoomAuthenticationException), """{"detail":"Invalid token."}""", "Invalid token.")]
    [InlineData(403, typeof(RoomAuthenticationException), """{"detail":"You do not have permission to perform this action."}""", "You do not have permission to perform this action.")]
    [InlineData(404, typeof(RoomNotFoundException), """{"detail":"Not found."}""", "Not found.")]
    public async Task Documented_errors_become_typed_exceptions_with_the_detail_as_message(int status, Type expected, string body, string message)
    {
        await using var host = new VecteraTestHost();
        host.Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

        var error = (RoomServiceException)await Assert.ThrowsAsync(expected, () => host.Rooms.GetRoomAsync("r1", TestContext.Current.CancellationToken));

        Assert.Equal(RoomProviders.Vectera, error.Provider);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(message, error.ProviderMessage);
        Assert.DoesNotContain(VecteraTestHost.ApiToken, error.ToString(), StringComparison.Ordinal);
        Assert.Single(host.Requests); // 4xx are never retried
    }
}
