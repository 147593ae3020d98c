using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoomClients.Webhooks;

namespace RoomClients.AspNetCore;

/// <summary>
/// The request pipeline of <c>MapRoomWebhooks</c>: find the registration's parser (404), read the body within the limit
/// (413), answer a handshake, verify and parse (401 when not authenticated, 400 when authenticated but not an event),
/// drop duplicates (200), run the handlers (200; 500 when one fails, with the event forgotten so the redelivery runs).
/// </summary>
internal sealed class RoomWebhookEndpoint(Func<RoomEventContext, CancellationToken, Task>? handler)
{
    internal const string NameParameter = "name";
    private const int MaxIdLength = 200;

    public async Task InvokeAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<RoomWebhookOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("RoomClients.Webhooks");
        var response = http.Response;
        var name = http.GetRouteValue(NameParameter) as string;
        if (string.IsNullOrEmpty(name) || FindParser(services, name, logger) is not { } parser)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var body = await ReadBodyAsync(http, options.MaxBodySize).ConfigureAwait(false);
        if (body is null)
        {
            RoomWebhookLog.TooLarge(logger, name, options.MaxBodySize);
            response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var request = new RoomWebhookRequest(body, http.Request.Headers.Select(h => KeyValuePair.Create(h.Key, h.Value.ToString())))
        {
            RequestUri = new Uri(http.Request.GetDisplayUrl()), // Vonage callbacks carry their secret in the query
        };

        RoomEvent evt;
        try
        {
            if (parser.AnswerHandshake(request) is { } answer)
            {
                RoomWebhookLog.Handshake(logger, name, answer.StatusCode);
                response.StatusCode = answer.StatusCode;
                if (answer.Body is not null)
                {
                    response.ContentType = answer.ContentType;
                    await response.WriteAsync(answer.Body, http.RequestAborted).ConfigureAwait(false);
                }

                return;
            }

            evt = parser.Parse(request);
        }
        catch (RoomWebhookException ex)
        {
            // The parsers' messages name what failed (header, tolerance, field), never a secret or a signature.
            var status = ex.Rejection == RoomWebhookRejection.MalformedBody ? StatusCodes.Status400BadRequest : StatusCodes.Status401Unauthorized;
            RoomWebhookLog.Rejected(logger, name, status, ex.Message);
            response.StatusCode = status;
            return;
        }

        string? key = null;
        IRoomEventDeduplicator? deduplicator = null;
        if (options.Deduplicate)
        {
            deduplicator = services.GetRequiredService<IRoomEventDeduplicator>();
            key = Key(name, evt, body);
            bool first;
            try
            {
                first = await deduplicator.TryBeginAsync(key, options.DeduplicationWindow ?? parser.DeduplicationWindow, http.RequestAborted).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
            {
                RoomWebhookLog.StoreFailed(logger, ex, name);
                response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            if (!first)
            {
                RoomWebhookLog.Duplicate(logger, name, evt.ProviderEventType, evt.Id);
                response.StatusCode = StatusCodes.Status200OK;
                return;
            }
        }

        try
        {
            await HandleAsync(new RoomEventContext(name, evt, http), services, http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            var aborted = http.RequestAborted.IsCancellationRequested;
            if (!aborted && options.AcknowledgeHandlerFailures)
            {
                RoomWebhookLog.HandlerFailed(logger, ex, name, evt.ProviderEventType, evt.Id, StatusCodes.Status200OK, "acknowledged: the provider will not send it again");
                response.StatusCode = StatusCodes.Status200OK;
                return;
            }

            if (aborted)
            {
                RoomWebhookLog.Aborted(logger, name, evt.ProviderEventType, evt.Id);
            }
            else
            {
                RoomWebhookLog.HandlerFailed(logger, ex, name, evt.ProviderEventType, evt.Id, StatusCodes.Status500InternalServerError, "forgotten: the provider's redelivery will be handled");
            }

            if (deduplicator is not null && key is not null)
            {
                try
                {
                    await deduplicator.ReleaseAsync(key, CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception releaseError)
                {
                    RoomWebhookLog.StoreFailed(logger, releaseError, name);
                }
            }

            if (!aborted)
            {
                response.StatusCode = StatusCodes.Status500InternalServerError;
            }

            return;
        }

        RoomWebhookLog.Handled(logger, name, evt.ProviderEventType, evt.Id);
        response.StatusCode = StatusCodes.Status200OK;
    }

    /// <summary>The de-duplication key: the registration name and the provider's event id, or a SHA-256 digest of the verified body when the provider gives none.</summary>
    internal static string Key(string name, RoomEvent evt, ReadOnlySpan<byte> body)
    {
        if (evt.Id is { Length: > 0 and <= MaxIdLength } id)
        {
            return $"{name}:id:{id}";
        }

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        if (evt.Id is { Length: > 0 } longId)
        {
            SHA256.HashData(Encoding.UTF8.GetBytes(longId), digest);
            return $"{name}:id-sha256:{Convert.ToHexStringLower(digest)}";
        }

        SHA256.HashData(body, digest);
        return $"{name}:body-sha256:{Convert.ToHexStringLower(digest)}";
    }

    private static IRoomWebhookParser? FindParser(IServiceProvider services, string name, ILogger logger)
    {
        try
        {
            var parser = services.GetKeyedService<IRoomWebhookParser>(name);
            if (parser is null)
            {
                RoomWebhookLog.NoParser(logger, name, "unknown name");
            }

            return parser;
        }
        catch (InvalidOperationException ex)
        {
            // A registration without its webhook secret: the parser's factory names the missing setting.
            RoomWebhookLog.NoParser(logger, name, ex.Message);
            return null;
        }
    }

    private async Task HandleAsync(RoomEventContext context, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (handler is not null)
        {
            await handler(context, cancellationToken).ConfigureAwait(false);
        }

        foreach (var eventHandler in services.GetServices<IRoomEventHandler>())
        {
            await eventHandler.HandleAsync(context, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads the body whole, or returns <see langword="null"/> as soon as it proves larger than <paramref name="limit"/> (the declared length first, then the bytes counted).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext http, long limit)
    {
        var declared = http.Request.ContentLength;
        if (declared > limit)
        {
            return null;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature
            && sizeFeature.MaxRequestBodySize is { } serverLimit && serverLimit <= limit)
        {
            sizeFeature.MaxRequestBodySize = limit + 1; // let our own count decide, also above the server's default
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(declared ?? 4096, limit) + 1);
        var stream = http.Request.Body;
        try
        {
            while (true)
            {
                var memory = buffer.GetMemory(4096);
                var read = await stream.ReadAsync(memory, http.RequestAborted).ConfigureAwait(false);
                if (read == 0)
                {
                    return buffer.WrittenSpan.ToArray();
                }

                buffer.Advance(read);
                if (buffer.WrittenCount > limit)
                {
                    return null;
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }
}
