using Microsoft.AspNetCore.Http;
using RoomClients.Webhooks;

namespace RoomClients.AspNetCore;

/// <summary>A verified, new webhook event handed to <see cref="IRoomEventHandler"/> and to the delegate of <c>MapRoomWebhooks</c>.</summary>
public sealed class RoomEventContext
{
    internal RoomEventContext(string name, RoomEvent roomEvent, HttpContext httpContext)
    {
        Name = name;
        Event = roomEvent;
        HttpContext = httpContext;
    }

    /// <summary>Gets the registration name the webhook was posted to (the <c>{name}</c> of the route), such as <c>whereby</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the event.</summary>
    public RoomEvent Event { get; }

    /// <summary>Gets the request's context (its services: <c>HttpContext.RequestServices</c>).</summary>
    public HttpContext HttpContext { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Event}";
}
