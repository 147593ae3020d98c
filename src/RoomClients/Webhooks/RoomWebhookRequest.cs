namespace RoomClients.Webhooks;

/// <summary>An incoming webhook request: the raw body bytes (never re-serialised before the signature check) and its headers.</summary>
public sealed class RoomWebhookRequest
{
    private readonly Dictionary<string, string> _headers;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="body">The request body exactly as received.</param>
    /// <param name="headers">The request headers; names are matched case-insensitively.</param>
    public RoomWebhookRequest(ReadOnlyMemory<byte> body, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        Body = body;
        _headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (headers is not null)
        {
            foreach (var header in headers)
            {
                _headers[header.Key] = header.Value;
            }
        }
    }

    /// <summary>Gets the request body exactly as received.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>Gets the headers, matched case-insensitively.</summary>
    public IReadOnlyDictionary<string, string> Headers => _headers;

    /// <summary>Returns a header's value, or <see langword="null"/> when absent.</summary>
    /// <param name="name">The header name.</param>
    /// <returns>The value.</returns>
    public string? GetHeader(string name) => _headers.TryGetValue(name, out var value) ? value : null;
}
