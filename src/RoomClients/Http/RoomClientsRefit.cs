using System.Text.Json.Serialization;
using Refit;

namespace RoomClients.Http;

/// <summary>Builds the Refit settings every provider uses: a source-generated JSON context and the SDK's error mapping.</summary>
internal static class RoomClientsRefit
{
    /// <summary>Creates Refit settings for <paramref name="provider"/>.</summary>
    /// <param name="provider">The provider name, used in every error.</param>
    /// <param name="context">The provider's source-generated JSON context.</param>
    /// <param name="errorParser">Reads the provider's error bodies; <see langword="null"/> uses the generic reader.</param>
    /// <returns>Settings whose failures are <see cref="RoomServiceException"/>s: never a raw <c>ApiException</c>, <c>HttpRequestException</c> or <c>JsonException</c>.</returns>
    internal static RefitSettings CreateSettings(string provider, JsonSerializerContext context, IProviderErrorParser? errorParser = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        return CreateSettings(new RoomErrorMapper(provider, errorParser), context, provider);
    }

    internal static RefitSettings CreateSettings(RoomErrorMapper mapper, JsonSerializerContext context, string provider, Dictionary<string, object>? requestOptions = null)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The context read as it is and written without its converters (RoomJsonContentSerializer); the request options (an
        // options snapshot) are copied into every request. Bodies are buffered: serialized at once, before anything is sent,
        // by the generated writers into one array, and sent with a Content-Length (not chunked), the same bytes on every
        // attempt. The SDK's bodies are small (a room, a token, a batch of ids).
        var settings = new RefitSettings(RoomJsonContentSerializer.For(context)) { HttpRequestMessageOptions = requestOptions, Buffered = true };
        settings.ExceptionFactory = mapper.FromResponseAsync;
        settings.DeserializationExceptionFactory = mapper.FromDeserialization;
        settings.TransportExceptionFactory = mapper.FromTransport;
        settings.UrlParameterFormatter = new InvariantUrlParameterFormatter(provider);
        return settings;
    }
}
