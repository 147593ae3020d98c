using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Refit;

namespace RoomClients.Http;

/// <summary>
/// Refit's serializer over a provider's source-generated JSON context, reading with the context's options and writing
/// request bodies with the same options less the context's converters. The providers' converters are lenient readers
/// (numbers as strings, dates in any form, links that are not links); each writes exactly what System.Text.Json writes
/// without it. With them in the options, System.Text.Json never takes the generated fast path to write (any converter in
/// the options turns it off) and writes every nested body through its general path, about 450 B more per request with a
/// body. Without them the generated writers run; a property with a converter of its own (a provider's time format) keeps
/// it, as before. The JSON written is the same, byte for byte (a test serializes every request type both ways).
/// </summary>
internal sealed class RoomJsonContentSerializer : IHttpContentSerializer, ISynchronousContentSerializer, ISynchronousContentDeserializer, IStreamingContentSerializer, IJsonTypeInfoContentSerializer
{
    private readonly SystemTextJsonContentSerializer _reader;
    private readonly SystemTextJsonContentSerializer _writer;

    private RoomJsonContentSerializer(SystemTextJsonContentSerializer reader, SystemTextJsonContentSerializer writer)
    {
        _reader = reader;
        _writer = writer;
    }

    /// <summary>Gets the options request bodies are written with: the context's, without its converters.</summary>
    internal JsonSerializerOptions WriteOptions => _writer.SerializerOptions;

    /// <summary>Gets the options answers are read with: the context's own.</summary>
    internal JsonSerializerOptions ReadOptions => _reader.SerializerOptions;

    /// <summary>Creates the serializer for <paramref name="context"/>; a context without converters reads and writes with one set of options.</summary>
    public static RoomJsonContentSerializer For(JsonSerializerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = SystemTextJsonContentSerializer.ForContext(context);
        if (context.Options.Converters.Count == 0)
        {
            return new RoomJsonContentSerializer(reader, reader);
        }

        var options = new JsonSerializerOptions(context.Options) { TypeInfoResolver = context };
        options.Converters.Clear();
        options.MakeReadOnly();
        return new RoomJsonContentSerializer(reader, new SystemTextJsonContentSerializer(options));
    }

    // Without metadata (what the generated clients call): the write options for a body, the context's options for an answer.
    public HttpContent ToHttpContent<T>(T item) => _writer.ToHttpContent(item);

    public HttpContent ToHttpContentSynchronous<T>(T item) => _writer.ToHttpContentSynchronous(item);

    public HttpContent ToStreamingHttpContent<T>(T item) => _writer.ToStreamingHttpContent(item);

    // With the caller's metadata: written and read with exactly that metadata.
    public HttpContent ToHttpContent<T>(T item, JsonTypeInfo<T> jsonTypeInfo) => _writer.ToHttpContent(item, jsonTypeInfo);

    public HttpContent ToHttpContentSynchronous<T>(T item, JsonTypeInfo<T> jsonTypeInfo) => _writer.ToHttpContentSynchronous(item, jsonTypeInfo);

    public HttpContent ToStreamingHttpContent<T>(T item, JsonTypeInfo<T> jsonTypeInfo) => _writer.ToStreamingHttpContent(item, jsonTypeInfo);

    public Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default) => _reader.FromHttpContentAsync<T>(content, cancellationToken);

    public Task<T?> FromHttpContentAsync<T>(HttpContent content, JsonTypeInfo<T> jsonTypeInfo, CancellationToken cancellationToken = default) => _reader.FromHttpContentAsync(content, jsonTypeInfo, cancellationToken);

    public T? DeserializeFromString<T>(string content) => _reader.DeserializeFromString<T>(content);

    public T? DeserializeFromString<T>(string content, JsonTypeInfo<T> jsonTypeInfo) => _reader.DeserializeFromString(content, jsonTypeInfo);

    public IAsyncEnumerable<T?> DeserializeStreamAsync<T>(Stream stream, StreamingContentFormat format, CancellationToken cancellationToken = default) => _reader.DeserializeStreamAsync<T>(stream, format, cancellationToken);

    public IAsyncEnumerable<T?> DeserializeStreamAsync<T>(Stream stream, StreamingContentFormat format, JsonTypeInfo<T> jsonTypeInfo, CancellationToken cancellationToken = default) => _reader.DeserializeStreamAsync(stream, format, jsonTypeInfo, cancellationToken);

    public string? GetFieldNameForProperty(PropertyInfo propertyInfo) => _reader.GetFieldNameForProperty(propertyInfo);
}
