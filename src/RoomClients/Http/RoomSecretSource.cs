namespace RoomClients.Http;

/// <summary>
/// Secret values a provider registration holds (API keys, app keys, tokens, webhook secrets, private-key material),
/// read each time they are needed so that rotated values are covered. Provider packages register one per registration
/// through <c>RoomClientsBuilder.AddSecrets</c>; <see cref="RoomRedactor"/> removes them from everything the SDK writes.
/// </summary>
internal sealed class RoomSecretSource(Func<IEnumerable<string?>> secrets)
{
    public IEnumerable<string?> Current()
    {
        try
        {
            return secrets();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return []; // options that fail to build must not turn an error report into another failure
        }
    }
}
