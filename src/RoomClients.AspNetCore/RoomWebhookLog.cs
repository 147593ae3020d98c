using Microsoft.Extensions.Logging;

namespace RoomClients.AspNetCore;

/// <summary>The webhook endpoint's logs (category <c>RoomClients.Webhooks</c>): names, providers, event types and ids, never a body, a header or a secret.</summary>
internal static partial class RoomWebhookLog
{
    [LoggerMessage(1, LogLevel.Warning, "Webhook for '{Name}' refused with 404: no webhook parser is registered under that name ({Reason})")]
    public static partial void NoParser(ILogger logger, string name, string reason);

    [LoggerMessage(2, LogLevel.Warning, "Webhook for '{Name}' refused with 413: the body exceeds {MaxBodySize} bytes")]
    public static partial void TooLarge(ILogger logger, string name, long maxBodySize);

    [LoggerMessage(3, LogLevel.Warning, "Webhook for '{Name}' refused with {StatusCode}: {Reason}")]
    public static partial void Rejected(ILogger logger, string name, int statusCode, string reason);

    [LoggerMessage(4, LogLevel.Information, "Webhook handshake for '{Name}' answered with {StatusCode}")]
    public static partial void Handshake(ILogger logger, string name, int statusCode);

    [LoggerMessage(5, LogLevel.Debug, "Webhook event {EventType} for '{Name}' (id {EventId}) is a duplicate: acknowledged, not handled again")]
    public static partial void Duplicate(ILogger logger, string name, string eventType, string? eventId);

    [LoggerMessage(6, LogLevel.Error, "Webhook event {EventType} for '{Name}' (id {EventId}): a handler failed; answered {StatusCode} ({Outcome})")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string name, string eventType, string? eventId, int statusCode, string outcome);

    [LoggerMessage(7, LogLevel.Error, "Webhook for '{Name}' answered 503: the de-duplication store failed, so the event was not handled (the provider will redeliver it)")]
    public static partial void StoreFailed(ILogger logger, Exception exception, string name);

    [LoggerMessage(8, LogLevel.Debug, "Webhook event {EventType} for '{Name}' (id {EventId}) handled")]
    public static partial void Handled(ILogger logger, string name, string eventType, string? eventId);

    [LoggerMessage(9, LogLevel.Information, "Webhook event {EventType} for '{Name}' (id {EventId}): the provider gave up on the request while it was handled; the event is forgotten so its redelivery is handled")]
    public static partial void Aborted(ILogger logger, string name, string eventType, string? eventId);
}
