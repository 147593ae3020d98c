using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace RoomClients.Http;

/// <summary>
/// Removes secrets from text the SDK writes (exception messages, <see cref="RoomServiceException.ProviderMessage"/>,
/// logs, span status): the values the registration declared (<see cref="RoomSecretSource"/>), the <c>Authorization</c>
/// value the request carried (a Bearer or other token, Basic base64 and its decoded <c>id:key</c> parts, each JWT segment),
/// and anything shaped like a credential (<c>Bearer …</c>, <c>Basic …</c>, <c>Token …</c>, a JWT, a PEM block).
/// Control characters are escaped, so that provider text cannot forge log lines. One instance per registration.
/// </summary>
internal sealed partial class RoomRedactor
{
    internal const string Mask = "***";
    private const int MinSecretLength = 4;

    public static readonly RoomRedactor None = new([]);

    private readonly RoomSecretSource[] _sources;

    public RoomRedactor(IEnumerable<RoomSecretSource> sources)
    {
        _sources = [.. sources];
    }

    // A credential after a scheme word: at least 8 token characters, one of them a digit or a symbol other than a full stop, so that prose such
    // as "Basic authentication failed" or "Token expired" is left alone (exact values are removed above in any case).
    [GeneratedRegex(@"(?<![A-Za-z])(Bearer|Basic|Token|Digest|ApiKey)\s+(?=[A-Za-z0-9._~+/=-]*[0-9_~+/=-])[A-Za-z0-9._~+/=-]{8,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorizationValue();

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{4,}(\.[A-Za-z0-9_-]*){0,2}", RegexOptions.CultureInvariant)]
    private static partial Regex JwtLike();

    [GeneratedRegex(@"-----BEGIN [A-Z0-9 ]+-----[\s\S]*?(-----END [A-Z0-9 ]+-----|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PemBlock();

    /// <summary>Returns <paramref name="text"/> without secrets, with control characters escaped.</summary>
    /// <param name="text">Text that may come from a provider.</param>
    /// <param name="request">The request whose <c>Authorization</c> value must not appear.</param>
    public string? Redact(string? text, HttpRequestMessage? request = null) =>
        string.IsNullOrEmpty(text) ? text : LogText.Escape(RedactSecrets(text, request));

    /// <summary>Like <see cref="Redact"/> but keeps control characters (for a body that is parsed afterwards).</summary>
    public string RedactSecrets(string text, HttpRequestMessage? request = null)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var secrets = new List<string>();
        foreach (var source in _sources)
        {
            foreach (var value in source.Current())
            {
                AddSecret(secrets, value);
            }
        }

        AddAuthorization(secrets, request?.Headers.Authorization);
        secrets.Sort((a, b) => b.Length.CompareTo(a.Length)); // longest first: a key inside "id:key" goes with the pair
        foreach (var secret in secrets)
        {
            if (text.Contains(secret, StringComparison.OrdinalIgnoreCase))
            {
                text = text.Replace(secret, Mask, StringComparison.OrdinalIgnoreCase);
            }
        }

        text = PemBlock().Replace(text, Mask);
        text = JwtLike().Replace(text, Mask);
        return AuthorizationValue().Replace(text, m => m.Groups[1].Value + " " + Mask);
    }

    private static void AddSecret(List<string> secrets, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var trimmed = value.Trim();
        if (trimmed.Length >= MinSecretLength)
        {
            secrets.Add(trimmed);
        }

        // Multi-line material (a PEM key): every line of its body on its own, since a server may echo one line.
        if (trimmed.Contains('\n', StringComparison.Ordinal))
        {
            foreach (var line in trimmed.Split('\n'))
            {
                var part = line.Trim();
                if (part.Length >= 16 && !part.StartsWith("-----", StringComparison.Ordinal))
                {
                    secrets.Add(part);
                }
            }
        }
    }

    private static void AddAuthorization(List<string> secrets, AuthenticationHeaderValue? header)
    {
        if (header?.Parameter is not { Length: > 0 } parameter)
        {
            return;
        }

        AddSecret(secrets, parameter);
        if (string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
                AddSecret(secrets, decoded);
                var colon = decoded.IndexOf(':', StringComparison.Ordinal);
                if (colon >= 0)
                {
                    AddSecret(secrets, decoded[..colon]);
                    AddSecret(secrets, decoded[(colon + 1)..]);
                }
            }
            catch (FormatException)
            {
                // not base64: the parameter itself is already covered
            }
        }

        foreach (var segment in parameter.Split('.'))
        {
            if (segment.Length >= 16)
            {
                secrets.Add(segment); // a JWT's header, claims or signature echoed alone
            }
        }
    }
}
