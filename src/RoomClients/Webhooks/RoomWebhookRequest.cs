namespace RoomClients.Webhooks;

/// <summary>An incoming webhook request: the raw body bytes (never re-serialised before the signature check), its headers and, for providers that authenticate callbacks by a secret in the URL, the URL it was posted to.</summary>
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

    /// <summary>Gets the URL the request was posted to, with its query string (in ASP.NET Core, <c>new Uri(request.GetDisplayUrl())</c>). Providers that authenticate callbacks by a secret in the URL (Vonage) need it.</summary>
    public Uri? RequestUri { get; init; }

    /// <summary>Returns the first value of a query-string parameter of <see cref="RequestUri"/>, unescaped, or <see langword="null"/> when absent.</summary>
    /// <param name="name">The parameter name (case-sensitive, as in URLs).</param>
    /// <returns>The value.</returns>
    public string? GetQueryParameter(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (RequestUri is null || !RequestUri.IsAbsoluteUri)
        {
            return null;
        }

        foreach (var pair in RequestUri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString((equals < 0 ? pair : pair[..equals]).Replace('+', ' '));
            if (key == name)
            {
                return equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            }
        }

        return null;
    }

    /// <summary>Gets the headers, matched case-insensitively.</summary>
    public IReadOnlyDictionary<string, string> Headers => _headers;

    /// <summary>Returns a header's value, or <see langword="null"/> when absent.</summary>
    /// <param name="name">The header name.</param>
    /// <returns>The value.</returns>
    public string? GetHeader(string name) => _headers.TryGetValue(name, out var value) ? value : null;
}
