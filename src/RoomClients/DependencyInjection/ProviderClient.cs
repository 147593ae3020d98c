namespace RoomClients.Providers;

/// <summary>
/// The Refit client of a provider registration together with the snapshot of the registration's options it was built
/// from (its base address, its credentials). Adapters take one per operation, so everything an operation does (the
/// requests, their credentials, the URLs built from the answer) uses one consistent set of options, even while the
/// configuration is being reloaded.
/// </summary>
/// <typeparam name="TApi">The provider's Refit interface.</typeparam>
/// <typeparam name="TOptions">The provider's options type.</typeparam>
public sealed class ProviderClient<TApi, TOptions>
    where TApi : class
    where TOptions : class
{
    internal ProviderClient(TApi api, TOptions options, long createdAt)
    {
        Api = api;
        Options = options;
        CreatedAt = createdAt;
    }

    /// <summary>Gets the Refit client; its requests carry <see cref="Options"/>' credentials (a static key as the client's default header, or the snapshot itself for an auth handler).</summary>
    public TApi Api { get; }

    /// <summary>Gets the options snapshot the client was built from. Do not change it.</summary>
    public TOptions Options { get; }

    internal long CreatedAt { get; }
}

/// <summary>Reads the options snapshot a request carries (see <see cref="ProviderClient{TApi, TOptions}"/>).</summary>
public static class ProviderClient
{
    internal const string OptionsKey = "RoomClients.ProviderOptions";

    /// <summary>Returns the options snapshot <paramref name="request"/> was built with, or <see langword="null"/> when it carries none (a request not sent through a registration's shared client).</summary>
    /// <typeparam name="TOptions">The provider's options type.</typeparam>
    /// <param name="request">The request.</param>
    /// <returns>The snapshot, or <see langword="null"/>.</returns>
    public static TOptions? OptionsOf<TOptions>(HttpRequestMessage request)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(new HttpRequestOptionsKey<object>(OptionsKey), out var value) ? value as TOptions : null;
    }
}
