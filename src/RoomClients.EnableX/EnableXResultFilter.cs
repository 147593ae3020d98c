using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text.Json;
using RoomClients.EnableX.Models;
using RoomClients.Http;

namespace RoomClients.EnableX;

/// <summary>
/// Checks the <c>result</c> of every successful (2xx) JSON answer: EnableX reports failures as <c>{"result": non-zero,
/// "error", "desc"}</c> even with HTTP 200, so a non-zero result throws the matching <see cref="RoomServiceException"/> here,
/// for <see cref="IEnableXApi"/> callers and the room service alike. Non-2xx answers are left to the core error mapper.
/// Run by the core pipeline inside each attempt once the body is in memory (read within the attempt timeout, with the
/// registration's cap, <see cref="RoomClientsHttpOptions.MaxResponseBodySize"/>): no network read and no cap of its own.
/// </summary>
/// <param name="redactor">The registration's redactor: the provider may echo APP_ID:APP_KEY or the Authorization value.</param>
internal sealed class EnableXResultFilter(RoomRedactor redactor) : IRoomResponseFilter
{
    public HttpResponseMessage Filter(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            return response;
        }

        // Read in place (a pooled array, the content rewound for the deserializer): a successful envelope is recognised
        // by scanning for "result" alone; only a failure is deserialized.
        EnableXResult? result;
        var (rented, length) = RoomResponseBody.RentBuffered(response);
        try
        {
            var body = rented.AsSpan(0, length);
            if (IsSuccess(body))
            {
                return response;
            }

            result = EnableXErrorParser.Read(body);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        if (result?.Result is null or 0)
        {
            return response;
        }

        var exception = ToException(response.RequestMessage, response.StatusCode, result);
        response.Dispose();
        throw exception;
    }

    /// <summary>
    /// Whether the body is certainly not a failure envelope: not a JSON object, or an object whose top-level <c>result</c>
    /// is absent, null, 0 or "0" (or not an integer, which <see cref="EnableXErrorParser.Read"/> also reads as no result).
    /// Anything else (a non-zero result, malformed JSON) goes to the full parser, exactly as before.
    /// </summary>
    internal static bool IsSuccess(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty || body.TrimStart(" \t\r\n"u8) is not [(byte)'{', ..])
        {
            return true;
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            reader.Read(); // StartObject
            var zero = true;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isResult = reader.ValueTextEquals("result"u8);
                reader.Read();
                if (isResult)
                {
                    zero = reader.TokenType switch
                    {
                        JsonTokenType.Number => !reader.TryGetInt32(out var number) || number == 0,
                        JsonTokenType.String => !int.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) || parsed == 0,
                        _ => true,
                    };
                }

                reader.Skip();
            }

            return zero && reader.TokenType == JsonTokenType.EndObject;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Maps a result code to the exception family: 40001 not found, 40002/10000 authentication, 10105 busy, 1xxxx validation, 5xxxx unavailable.</summary>
    internal RoomServiceException ToException(HttpRequestMessage? request, HttpStatusCode status, EnableXResult result)
    {
        var code = result.Result ?? 0;
        var text = EnableXErrorParser.Message(result);
        text = redactor.Redact(text, request); // the provider may echo APP_ID:APP_KEY or the Authorization value
        var details = new RoomErrorDetails(RoomProviders.EnableX, status, code.ToString(CultureInfo.InvariantCulture), text);
        var message = $"{RoomProviders.EnableX} {request?.Method} {request?.RequestUri?.AbsolutePath}: result {code.ToString(CultureInfo.InvariantCulture)} with HTTP {(int)status}{(text is null ? string.Empty : ": " + text)}";
        return code switch
        {
            40001 => new RoomNotFoundException(message, details),
            40002 or 10000 => new RoomAuthenticationException(message, details),
            10105 => new RoomProviderUnavailableException(message, details),
            10030 or 10106 or 10111 or 10112 or 10113 or 10114 => new RoomConflictException(message, details),
            >= 10000 and < 20000 => new RoomValidationException(message, details),
            >= 50000 and < 60000 => new RoomProviderUnavailableException(message, details),
            _ => new RoomServiceException(message, details),
        };
    }
}
