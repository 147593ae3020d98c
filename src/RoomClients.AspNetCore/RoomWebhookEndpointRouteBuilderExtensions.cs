using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using RoomClients.AspNetCore;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the webhook endpoint: <c>app.MapRoomWebhooks("/webhooks/{name}")</c>.</summary>
public static class RoomWebhookEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c>: each request goes to the webhook parser registered under the route's
    /// <c>{name}</c> (<c>RoomClients:&lt;name&gt;</c>), which verifies it; each verified, new event goes to
    /// <paramref name="handler"/> then to every registered <see cref="IRoomEventHandler"/>. Answers 404 when no parser is
    /// registered under the name, 413 for a body over <see cref="RoomWebhookOptions.MaxBodySize"/>, 401 for a request
    /// that fails verification, 400 for a verified body that is not an event, the provider's handshake answer
    /// (Zoom's URL validation, Daily's verification request), 200 for a handled event or a duplicate, 500 when a handler
    /// throws (logged; the event is forgotten so the provider's redelivery is handled) and 503 when the
    /// de-duplication store fails. Needs <c>services.AddRoomWebhooks()</c>.
    /// </summary>
    /// <param name="endpoints">The application's endpoints.</param>
    /// <param name="pattern">The route pattern, with a <c>{name}</c> parameter (default <c>/webhooks/{name}</c>).</param>
    /// <param name="handler">Called for each new event before the registered handlers; optional.</param>
    /// <returns>The endpoint's builder, to add conventions (a host filter, rate limiting…).</returns>
    /// <exception cref="ArgumentException"><paramref name="pattern"/> has no <c>{name}</c> parameter.</exception>
    /// <exception cref="InvalidOperationException"><c>AddRoomWebhooks</c> was not called.</exception>
    public static IEndpointConventionBuilder MapRoomWebhooks(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern = "/webhooks/{name}",
        Func<RoomEventContext, CancellationToken, Task>? handler = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        if (RoutePatternFactory.Parse(pattern).GetParameter(RoomWebhookEndpoint.NameParameter) is null)
        {
            throw new ArgumentException($"The route pattern '{pattern}' needs a {{{RoomWebhookEndpoint.NameParameter}}} parameter: the registration whose parser verifies the webhook.", nameof(pattern));
        }

        if (endpoints.ServiceProvider.GetService<RoomWebhookServicesMarker>() is null)
        {
            throw new InvalidOperationException("MapRoomWebhooks needs its services: call builder.Services.AddRoomWebhooks() first.");
        }

        var endpoint = new RoomWebhookEndpoint(handler);
        return endpoints.MapPost(pattern, endpoint.InvokeAsync).WithDisplayName("RoomClients webhooks " + pattern);
    }
}
