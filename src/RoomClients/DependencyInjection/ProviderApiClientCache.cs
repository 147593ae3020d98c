using System.Diagnostics;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using Refit;

namespace RoomClients.DependencyInjection;

/// <summary>
/// The Refit client of one provider registration, shared by every resolution instead of a new <see cref="HttpClient"/>
/// and Refit client per resolved <see cref="IRoomService"/>, built together with the snapshot of the registration's
/// options it uses (<see cref="ProviderClient{TApi, TOptions}"/>): the base address comes from that snapshot, and every
/// request the client sends carries it (<see cref="ProviderClient.OptionsOf{TOptions}"/>), so the auth handlers sign
/// with the credentials of the same snapshot. A rotation of base address and key together therefore never sends the new
/// key to the old host. The entry is rebuilt from <see cref="IHttpClientFactory"/> after half the factory's handler
/// lifetime (handler rotation and DNS refresh) and as soon as the registration's options change.
/// </summary>
/// <typeparam name="TApi">The provider's Refit interface.</typeparam>
/// <typeparam name="TOptions">The provider's options type.</typeparam>
internal sealed class ProviderApiClientCache<TApi, TOptions>
    where TApi : class
    where TOptions : class
{
    private readonly IHttpClientFactory _factory;
    private readonly string _httpClientName;
    private readonly Func<Dictionary<string, object>, RefitSettings> _settings;
    private readonly RegistrationOptionsChanges? _changes;
    private readonly Func<TOptions> _readOptions;
    private readonly Func<TOptions, Uri>? _baseAddress;
    private readonly long _lifetimeTicks;
    private ProviderClient<TApi, TOptions>? _entry;

    public ProviderApiClientCache(
        IHttpClientFactory factory,
        IOptionsMonitor<HttpClientFactoryOptions> factoryOptions,
        string httpClientName,
        Func<Dictionary<string, object>, RefitSettings> settings,
        RegistrationOptionsChanges? changes,
        Func<TOptions> readOptions,
        Func<TOptions, Uri>? baseAddress)
    {
        _factory = factory;
        _httpClientName = httpClientName;
        _settings = settings;
        _changes = changes;
        _readOptions = readOptions;
        _baseAddress = baseAddress;
        var lifetime = factoryOptions.Get(httpClientName).HandlerLifetime;
        _lifetimeTicks = lifetime == Timeout.InfiniteTimeSpan ? long.MaxValue : (long)(lifetime.TotalSeconds / 2 * Stopwatch.Frequency);
    }

    /// <summary>Returns the current client and its options snapshot, building a new pair when the old one is due.</summary>
    public ProviderClient<TApi, TOptions> Get()
    {
        var version = _changes?.Version ?? 0;
        var now = Stopwatch.GetTimestamp();
        var entry = Volatile.Read(ref _entry);
        if (entry is null || entry.Version != version || now - entry.CreatedAt >= _lifetimeTicks)
        {
            // The version is read before the options: a change in between leaves an entry that is still consistent
            // (client and credentials from the same snapshot) and is rebuilt on the next call.
            // Two callers may race here and both build a client: harmless, the last one is kept.
            var options = _readOptions();
            var client = _factory.CreateClient(_httpClientName);
            if (_baseAddress is not null)
            {
                client.BaseAddress = _baseAddress(options); // the snapshot's address, not whatever the monitor holds by now
            }

            var settings = _settings(new Dictionary<string, object> { [ProviderClient.OptionsKey] = options });
            entry = new ProviderClient<TApi, TOptions>(RestService.ForGenerated<TApi>(client, settings), options, version, now);
            Volatile.Write(ref _entry, entry);
        }

        return entry;
    }
}
