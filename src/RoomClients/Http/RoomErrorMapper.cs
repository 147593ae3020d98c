using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace RoomClients.Http;

/// <summary>Turns failed HTTP exchanges into the <see cref="RoomServiceException"/> family. One instance per provider registration.</summary>
internal sealed class RoomErrorMapper
{
    internal const int MaxErrorBodyBytes = 64 * 1024;
    private const int MaxMessageChars = 500;
    private static readonly string[] RequestIdHeaders = ["X-Request-Id", "Request-Id", "X-Correlation-Id", "X-Amzn-RequestId"];

    private readonly string _provider;
    private readonly IProviderErrorParser? _parser;
    private readonly TimeProvider _timeProvider;

    /// <param name="provider">The provider name, in every error.</param>
    /// <param name="parser">Reads the provider's error bodies; <see langword="null"/> uses the generic reader.</param>
    /// <param name="redactor">The registration's redactor (its secrets, and the Authorization value each request carried); none outside a registration.</param>
    /// <param name="timeProvider">The clock for <c>Retry-After</c> dates.</param>
    public RoomErrorMapper(string provider, IProviderErrorParser? parser, RoomRedactor? redactor = null, TimeProvider? timeProvider = null)
    {
        _provider = provider;
        _parser = parser;
        Redactor = redactor ?? RoomRedactor.None;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Gets the redactor applied to everything this mapper puts in an exception.</summary>
    public RoomRedactor Redactor { get; }

    public async ValueTask<Exception?> FromResponseAsync(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        // Inside the SDK's pipeline the body is already in memory (RoomResilienceHandler read it within the attempt
        // timeout, with the caller's token), so Refit's token-less ExceptionFactory cannot hang here.
        byte[] body;
        try
        {
            body = await ReadBoundedAsync(response.Content).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            body = [];
        }

        return FromResponse(response, body);
    }

    public RoomServiceException FromResponse(HttpResponseMessage response, ReadOnlySpan<byte> body)
    {
        var status = response.StatusCode;
        var request = response.RequestMessage;
        var redactor = Redactor;
        var mediaType = response.Content?.Headers.ContentType?.MediaType;
        var error = Redact(SafeParse(status, RedactBody(redactor, request, body), mediaType), redactor, request);
        var details = new RoomErrorDetails(_provider, status, error?.ErrorCode, error?.Message, redactor.Redact(FindRequestId(response), request));
        var message = Describe(request, status, error);
        var retryAfter = RetryAfterOf(response) ?? error?.RetryAfter;

        return (int)status switch
        {
            400 or 422 => new RoomValidationException(message, details),
            401 or 403 => new RoomAuthenticationException(message, details),
            404 => new RoomNotFoundException(message, details),
            409 => new RoomConflictException(message, details),
            429 => new RoomRateLimitedException(message, details, retryAfter),
            408 or >= 500 => new RoomProviderUnavailableException(message, details)
            {
                RequestNotProcessed = status == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null,
            },
            _ => new RoomServiceException(message, details),
        };
    }

    /// <summary>An answer that redirects (3xx), or that the primary handler followed to another address: never followed, so the request and its credentials stay with the provider.</summary>
    public RoomServiceException Redirected(HttpRequestMessage request, HttpResponseMessage response, Uri? sentTo)
    {
        var redactor = Redactor;
        var location = response.Headers.Location;
        var target = location is null ? null : (location.IsAbsoluteUri ? location : sentTo is null ? null : new Uri(sentTo, location));
        var host = target?.IsAbsoluteUri == true ? target.Authority : response.RequestMessage?.RequestUri?.Authority;
        var message = $"{_provider} {request.Method.Method} {sentTo?.AbsolutePath}: answered {(int)response.StatusCode} {response.StatusCode} redirecting to {(string.IsNullOrEmpty(host) ? "an unnamed location" : "host '" + host + "'")}; "
            + "the SDK does not follow redirects (the request and its credentials would go elsewhere): check the registration's base address.";
        return new RoomServiceException(redactor.Redact(message, request)!, new RoomErrorDetails(_provider, response.StatusCode, requestId: redactor.Redact(FindRequestId(response), request)));
    }

    /// <summary>An answer whose body is larger than the registration's cap (<see cref="RoomClientsHttpOptions.MaxResponseBodySize"/>).</summary>
    public RoomProviderUnavailableException TooLarge(HttpRequestMessage request, HttpResponseMessage response, long maxBodyBytes) =>
        new(
            $"{_provider} {request.Method.Method} {request.RequestUri?.AbsolutePath}: the answer (HTTP {(int)response.StatusCode}) is larger than the {maxBodyBytes.ToString(CultureInfo.InvariantCulture)}-byte limit (RoomClientsHttpOptions.MaxResponseBodySize) and was not read.",
            new RoomErrorDetails(_provider, response.StatusCode, requestId: Redactor.Redact(FindRequestId(response), request)));

    public Exception FromTransport(HttpRequestMessage? request, Exception exception, CancellationToken cancellationToken) =>
        FromTransport(request, exception, throttled: null, cancellationToken);

    /// <summary>Maps what failed in the pipeline; <paramref name="throttled"/> is the last attempt's throttled answer, reported instead of a total timeout that fired while waiting to retry it.</summary>
    public Exception FromTransport(HttpRequestMessage? request, Exception exception, RoomServiceException? throttled, CancellationToken cancellationToken)
    {
        var where = request is null ? string.Empty : $" {request.Method} {request.RequestUri?.AbsolutePath}";
        var redactor = Redactor;
        switch (exception)
        {
            case RoomServiceException:
                return exception;
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                return exception;
            case not OperationCanceledException when cancellationToken.IsCancellationRequested:
                return new OperationCanceledException("The call was cancelled.", exception, cancellationToken); // the caller's cancellation wins in every phase
            case TimeoutRejectedException when throttled is not null:
                return throttled; // the total timeout fired while waiting to retry after a throttle: the answer is "throttled", not "timed out"
            case TimeoutRejectedException timeout:
                return new RoomProviderUnavailableException($"{_provider}{where}: no answer within {timeout.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.", new RoomErrorDetails(_provider), exception);
            case BrokenCircuitException:
                return new RoomProviderUnavailableException($"{_provider}{where}: not sent, the circuit breaker is open after repeated failures.", new RoomErrorDetails(_provider), exception)
                {
                    RequestNotProcessed = true,
                };
            case RateLimiterRejectedException:
                return new RoomProviderUnavailableException(
                    $"{_provider}{where}: not sent, the registration's limit on concurrent calls is reached (RoomClientsBuilder.ConfigureResilience: options.RateLimiter.DefaultRateLimiterOptions, {RoomClientsResilience.DefaultConcurrencyLimit.ToString(CultureInfo.InvariantCulture)} calls and no queue by default).",
                    new RoomErrorDetails(_provider),
                    exception)
                {
                    RequestNotProcessed = true,
                };
            case HttpRequestException http:
                return new RoomProviderUnavailableException(redactor.Redact($"{_provider}{where}: the request failed ({http.HttpRequestError}): {http.Message}", request)!, new RoomErrorDetails(_provider, http.StatusCode), exception)
                {
                    RequestNotProcessed = http.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError,
                };
            case OperationCanceledException:
                return new RoomProviderUnavailableException($"{_provider}{where}: the request timed out.", new RoomErrorDetails(_provider), exception);
            default:
                return new RoomServiceException(redactor.Redact($"{_provider}{where}: the request failed: {exception.Message}", request)!, new RoomErrorDetails(_provider), exception);
        }
    }

    public ValueTask<Exception?> FromDeserialization(HttpResponseMessage response, Exception exception)
    {
        var details = new RoomErrorDetails(_provider, response.StatusCode, requestId: FindRequestId(response));
        var mediaType = response.Content?.Headers.ContentType?.MediaType ?? "no content type";
        Exception mapped = new RoomServiceException(
            Redactor.Redact($"{_provider} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}: answered {(int)response.StatusCode} with a body that is not the expected JSON ({mediaType}): {exception.Message}", response.RequestMessage)!,
            details,
            exception);
        return ValueTask.FromResult<Exception?>(mapped);
    }

    /// <summary>An error for a success response whose body is missing where one is required.</summary>
    public RoomServiceException EmptyBody(string operation, HttpStatusCode? status = null) =>
        new($"{_provider} {operation}: the provider answered without the expected body.", new RoomErrorDetails(_provider, status));

    internal static async Task<byte[]> ReadBoundedAsync(HttpContent? content)
    {
        if (content is null)
        {
            return [];
        }

        var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[MaxErrorBodyBytes];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total)).ConfigureAwait(false)) > 0)
            {
                total += read;
            }

            return buffer.AsSpan(0, total).ToArray();
        }
    }

    private static ReadOnlySpan<byte> RedactBody(RoomRedactor redactor, HttpRequestMessage? request, ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return body;
        }

        // Secrets are removed from the whole body before it is parsed and truncated: a truncated message must not keep half a key.
        var text = Encoding.UTF8.GetString(body);
        var redacted = redactor.RedactSecrets(text, request);
        return ReferenceEquals(redacted, text) || string.Equals(redacted, text, StringComparison.Ordinal) ? body : Encoding.UTF8.GetBytes(redacted);
    }

    private static ProviderError? Redact(ProviderError? error, RoomRedactor redactor, HttpRequestMessage? request) =>
        error is null ? null : new ProviderError(redactor.Redact(error.ErrorCode, request), redactor.Redact(error.Message, request), error.RetryAfter);

    private ProviderError? SafeParse(HttpStatusCode status, ReadOnlySpan<byte> body, string? mediaType)
    {
        try
        {
            return _parser?.Parse(status, body, mediaType) ?? ParseGeneric(body, mediaType);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or ArgumentException)
        {
            return ParseGeneric(body, mediaType);
        }
    }

    /// <summary>Reads common shapes: JSON <c>message</c>, <c>error</c>, <c>detail</c>, <c>title</c>, <c>desc</c>, <c>code</c>/<c>name</c>; short plain text.</summary>
    internal static ProviderError? ParseGeneric(ReadOnlySpan<byte> body, string? mediaType)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        var trimmed = body.TrimStart(" \t\r\n"u8);
        if (!trimmed.IsEmpty && trimmed[0] == (byte)'{')
        {
            try
            {
                var reader = new Utf8JsonReader(trimmed);
                using var document = JsonDocument.ParseValue(ref reader);
                var root = document.RootElement;
                var message = Text(root, "message") ?? Text(root, "detail") ?? Text(root, "desc") ?? Text(root, "error_description")
                    ?? Text(root, "error") ?? Text(root, "title");
                var code = Text(root, "code") ?? Text(root, "name") ?? Text(root, "error_code") ?? Text(root, "type");
                return message is null && code is null ? null : new ProviderError(code, Truncate(message));
            }
            catch (JsonException)
            {
                return null;
            }
        }

        if (mediaType is not null && mediaType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            return new ProviderError(null, "the provider answered with an HTML page");
        }

        if (!trimmed.IsEmpty && trimmed[0] == (byte)'<')
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(trimmed.Length > MaxMessageChars ? trimmed[..MaxMessageChars] : trimmed).Trim();
        return text.Length == 0 ? null : new ProviderError(null, Truncate(text));
    }

    internal static string? Text(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        };
    }

    internal static string? Truncate(string? text) =>
        text is null || text.Length <= MaxMessageChars ? text : string.Concat(text.AsSpan(0, MaxMessageChars), "…");

    private string Describe(HttpRequestMessage? request, HttpStatusCode status, ProviderError? error)
    {
        var builder = new StringBuilder(128).Append(_provider);
        if (request is not null)
        {
            builder.Append(' ').Append(request.Method.Method).Append(' ').Append(request.RequestUri?.AbsolutePath);
        }

        builder.Append(": ").Append((int)status).Append(' ').Append(status);
        if (error?.Message is { Length: > 0 } message)
        {
            builder.Append(": ").Append(message);
        }

        if (error?.ErrorCode is { Length: > 0 } code)
        {
            builder.Append(" (").Append(code).Append(')');
        }

        return builder.ToString();
    }

    private TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - _timeProvider.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static string? FindRequestId(HttpResponseMessage response)
    {
        foreach (var name in RequestIdHeaders)
        {
            if (response.Headers.TryGetValues(name, out var values))
            {
                return values.FirstOrDefault();
            }
        }

        return null;
    }
}
