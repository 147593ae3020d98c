namespace RoomClients.Webhooks;

/// <summary>What a webhook endpoint sends back to a provider's handshake (<see cref="IRoomWebhookParser.AnswerHandshake"/>).</summary>
public sealed class RoomWebhookResponse
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="statusCode">The HTTP status code (2xx).</param>
    /// <param name="body">The body, or <see langword="null"/> for none.</param>
    /// <param name="contentType">The body's media type, such as <c>application/json</c>.</param>
    public RoomWebhookResponse(int statusCode, string? body = null, string? contentType = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 200);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 299);
        StatusCode = statusCode;
        Body = body;
        ContentType = body is null ? null : contentType ?? "text/plain; charset=utf-8";
    }

    /// <summary>Gets the HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>Gets the body, or <see langword="null"/>.</summary>
    public string? Body { get; }

    /// <summary>Gets the body's media type, or <see langword="null"/> without a body.</summary>
    public string? ContentType { get; }

    /// <inheritdoc />
    public override string ToString() => $"{StatusCode}{(ContentType is null ? string.Empty : " " + ContentType)}";
}
