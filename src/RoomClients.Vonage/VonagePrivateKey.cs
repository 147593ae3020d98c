using System.Security.Cryptography;

namespace RoomClients.Vonage;

/// <summary>Loads the application's RSA private key from options; error messages never contain key material.</summary>
internal static class VonagePrivateKey
{
    /// <summary>Returns the PEM text of the configured key (from <see cref="VonageOptions.PrivateKey"/> or the file).</summary>
    public static string ReadPem(VonageOptions options, string section)
    {
        if (!string.IsNullOrWhiteSpace(options.PrivateKey))
        {
            var text = options.PrivateKey;

            // Keys pasted into environment variables often carry literal "\n" sequences instead of line breaks.
            return text.Contains('\n', StringComparison.Ordinal) ? text : text.Replace("\\n", "\n", StringComparison.Ordinal);
        }

        if (string.IsNullOrWhiteSpace(options.PrivateKeyPath))
        {
            throw new InvalidOperationException($"{section}:PrivateKey or {section}:PrivateKeyPath must be set.");
        }

        if (!File.Exists(options.PrivateKeyPath))
        {
            throw new InvalidOperationException($"{section}:PrivateKeyPath: the file '{options.PrivateKeyPath}' does not exist.");
        }

        return File.ReadAllText(options.PrivateKeyPath);
    }

    /// <summary>Parses PKCS#1 or PKCS#8 PEM into an RSA key, or throws <see cref="InvalidOperationException"/> with a message that does not echo the key.</summary>
    public static RSA Load(VonageOptions options, string section)
    {
        var pem = ReadPem(options, section);
        var where = !string.IsNullOrWhiteSpace(options.PrivateKey) ? $"{section}:PrivateKey" : $"{section}:PrivateKeyPath";
        if (!PemEncoding.TryFind(pem, out var fields))
        {
            throw new InvalidOperationException($"{where} is not a PEM private key: expected '-----BEGIN PRIVATE KEY-----' (PKCS#8) or '-----BEGIN RSA PRIVATE KEY-----' (PKCS#1).");
        }

        var label = pem.AsSpan()[fields.Label].ToString();
        if (label is not ("PRIVATE KEY" or "RSA PRIVATE KEY"))
        {
            throw new InvalidOperationException($"{where} holds a PEM '{label}' block; an unencrypted RSA private key is needed ('BEGIN PRIVATE KEY' or 'BEGIN RSA PRIVATE KEY').");
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return rsa;
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            throw new InvalidOperationException($"{where} could not be read as an RSA private key (the PEM body is damaged or not RSA).");
        }
    }
}
