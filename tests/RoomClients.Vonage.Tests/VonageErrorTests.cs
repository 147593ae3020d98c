using System.Net;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.Vonage.Tests;

/// <summary>Vonage's documented error bodies (<c>{message, name, status}</c> and <c>{title, detail}</c>) become typed exceptions with the provider's message and code.</summary>
public sealed class VonageErrorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<int, string, Type, string, string?> ErrorBodies => new()
    {
        { 400, """{"message":"\"display_name\" is required","name":"InputValidationError","status":400}""", typeof(RoomValidationException), "\"display_name\" is required", "InputValidationError" },
        { 401, """{"title":"Missing Auth","detail":"Auth header is required"}""", typeof(RoomAuthenticationException), "Missing Auth: Auth header is required", "Missing Auth" },
        { 404, """{"message":"Failed to fetch resource with id r-1","name":"NotFoundError","status":404}""", typeof(RoomNotFoundException), "Failed to fetch resource with id r-1", "NotFoundError" },
        { 409, """{"message":"theme_name already exists","name":"ConflictError","status":409}""", typeof(RoomConflictException), "theme_name already exists", "ConflictError" },
        { 403, """{"type":"https://developer.vonage.com/api-errors","title":"Forbidden","detail":"Room limit reached","instance":"x"}""", typeof(RoomAuthenticationException), "Forbidden: Room limit reached", "Forbidden" },
    };

    [Theory]
    [MemberData(nameof(ErrorBodies))]
    public async Task Error_bodies_become_typed_exceptions_with_the_providers_message(int status, string body, Type type, string message, string? code)
    {
        await using var host = new VonageTestHost();
        host.Server.Given(Request.Create().UsingGet().WithPath("/v1/meetings/rooms/r-1"))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

        var error = (RoomServiceException)await Assert.ThrowsAsync(type, () => host.Rooms.GetRoomAsync("r-1", Ct));

        Assert.Equal(RoomProviders.Vonage, error.Provider);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(message, error.ProviderMessage);
        Assert.Equal(code, error.ErrorCode);
    }
}
