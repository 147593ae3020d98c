using System.Diagnostics;
using System.Net.Http.Headers;
using RoomClients.Providers;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using Refit;

namespace RoomClients.DependencyInjection;

/// <summary>
/// The Refit client of one provider registration, shared by every resolution instead of a new <see cref="HttpClient"/>
/// and Refit client per resolved <see cref="IRoomService"/>, built together with the snapshot of the registration's
/// options it uses (<see cref="ProviderClient{TApi, TOptions}"/>): the base address comes from that snapshot, and so do
/// the credentials: a static <c>Authorization</c> value is the client's default header, otherwise every request the
/// client sends carries the snapshot (<see cref="ProviderClient.OptionsOf{TOptions}"/>) for the auth handler to sign
/// with. A rotation of base address and key together therefore never sends the new key to the old host. The entry is
/// rebuilt from <see cref="IHttpClientFactory"/> after half the factory's handler lifetime (handler rotation and DNS
/// refresh) and as soon as the registration's options change.
/// </summary>
/// <typeparam name="TApi">The provider's Refit interface.</typeparam>
/// <typeparam name="TOptions">The provider's options type.</typeparam>
internal sealed class ProviderApiClientCache<TApi, TOptions>
    where TApi : class
    where TOptions : class
{
    private readonly IHttpClientFactory _factory;
    private readonly string _httpClientName;
    private readonly string _provider;
    private readonly Func<Dictionary<string, object>?, RefitSettings> _settings;
    private readonly Func<TOptions> _readOptions;
    private readonly Func<TOptions, Uri>? _baseAddress;
    private readonly Func<TOptions, AuthenticationHeaderValue>? _authorization;
    private readonly long _lifetimeTicks;
    private ProviderClient<TApi, TOptions>? _entry;

    public ProviderApiClientCache(
        IHttpClientFactory factory,
        IOptionsMonitor<HttpClientFactoryOptions> factoryOptions,
        string httpClientName,
        string provider,
        Func<Dictionary<string, object>?, RefitSettings> settings,
        Func<TOptions> readOptions,
        Func<TOptions, Uri>? baseAddress,
        Func<TOptions, AuthenticationHeaderValue>? authorization = null)
    {
        _factory = factory;
        _httpClientName = httpClientName;
        _provider = provider;
        _settings = settings;
        _readOptions = readOptions;
        _baseAddress = baseAddress;
        _authorization = authorization;
        var lifetime = factoryOptions.Get(httpClientName).HandlerLifetime;
        _lifetimeTicks = lifetime == Timeout.InfiniteTimeSpan ? long.MaxValue : (long)(lifetime.TotalSeconds / 2 * Stopwatch.Frequency);
    }

    /// <summary>Returns the current client and its options snapshot, building a new pair when the old one is due.</summary>
    public ProviderClient<TApi, TOptions> Get()
    {
        TOptions options;
        try
        {
            // The monitor hands out the same instance until the registration's configuration changes: a new instance is
            // the change, so client and credentials always come from one snapshot and nothing has to listen for reloads
            // (an OnChange listener makes OptionsMonitor re-validate eagerly and throw into the app's Reload()).
            options = _readOptions();
        }
        catch (OptionsValidationException ex)
        {
            // A rotation that fails validation: the call is refused before anything is sent. The validators' messages name
            // the setting, never its value.
            throw new RoomServiceException($"{_httpClientName}: the registration's options are invalid, nothing was sent: {ex.Message}", new RoomErrorDetails(_provider, errorCode: "invalid_options"), ex);
        }

        var now = Stopwatch.GetTimestamp();
        var entry = Volatile.Read(ref _entry);
        if (entry is null || !ReferenceEquals(entry.Options, options) || now - entry.CreatedAt >= _lifetimeTicks)
        {
            // Two callers may race here and both build a client: harmless, the last one is kept.
            var client = _factory.CreateClient(_httpClientName);
            if (_baseAddress is not null)
            {
                client.BaseAddress = _baseAddress(options); // the snapshot's address, not whatever the monitor holds by now
            }

            Dictionary<string, object>? requestOptions = null;
            if (_authorization is not null)
            {
                // Static credentials: the snapshot's Authorization value on the client, copied into each request by
                // HttpClient itself, and no snapshot on the request (its options dictionary stays within Refit's entries).
                SetAuthorization(client, _authorization(options), _provider);
            }
            else
            {
                requestOptions = new Dictionary<string, object> { [ProviderClient.OptionsKey] = options };
            }

            var settings = _settings(requestOptions);
            entry = new ProviderClient<TApi, TOptions>(RestService.ForGenerated<TApi>(client, settings), options, now);
            Volatile.Write(ref _entry, entry);
        }

        return entry;
    }

    /// <summary>Puts <paramref name="value"/> on <paramref name="client"/> as its only <c>Authorization</c> header, refusing a value that could split the header.</summary>
    internal static void SetAuthorization(HttpClient client, AuthenticationHeaderValue value, string provider)
    {
        var text = value.ToString();
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                throw new RoomServiceException($"{provider}: the registration's credentials contain a control character; nothing was sent.", new RoomErrorDetails(provider, errorCode: "invalid_options"));
            }
        }

        var headers = client.DefaultRequestHeaders;
        headers.Remove("Authorization");
        headers.TryAddWithoutValidation("Authorization", text); // kept as text: copied into each request without a parse or a clone
    }
}
