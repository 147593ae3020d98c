using System.Diagnostics;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using Refit;

namespace RoomClients.DependencyInjection;

/// <summary>
/// The Refit client of one provider registration, shared by every resolution instead of a new <see cref="HttpClient"/>
/// and Refit client per resolved <see cref="IRoomService"/>. It is rebuilt from <see cref="IHttpClientFactory"/> after
/// half the factory's handler lifetime (so handler rotation and DNS refresh work as with short-lived clients: an
/// expired handler is released at most half a lifetime late) and as soon as the registration's options change (so a new
/// base address applies at once, as it did when every resolution built its own client). Credentials are read per
/// request by the auth handlers, so they rotate without a rebuild.
/// </summary>
/// <typeparam name="TApi">The provider's Refit interface.</typeparam>
internal sealed class ProviderApiClientCache<TApi>
    where TApi : class
{
    private readonly IHttpClientFactory _factory;
    private readonly string _httpClientName;
    private readonly RefitSettings _settings;
    private readonly RegistrationOptionsChanges? _changes;
    private readonly long _lifetimeTicks;
    private Entry? _entry;

    public ProviderApiClientCache(IHttpClientFactory factory, IOptionsMonitor<HttpClientFactoryOptions> factoryOptions, string httpClientName, RefitSettings settings, RegistrationOptionsChanges? changes)
    {
        _factory = factory;
        _httpClientName = httpClientName;
        _settings = settings;
        _changes = changes;
        var lifetime = factoryOptions.Get(httpClientName).HandlerLifetime;
        _lifetimeTicks = lifetime == Timeout.InfiniteTimeSpan ? long.MaxValue : (long)(lifetime.TotalSeconds / 2 * Stopwatch.Frequency);
    }

    /// <summary>Returns the current client, building a new one when the old one is due.</summary>
    public TApi Get()
    {
        var version = _changes?.Version ?? 0;
        var now = Stopwatch.GetTimestamp();
        var entry = Volatile.Read(ref _entry);
        if (entry is null || entry.Version != version || now - entry.CreatedAt >= _lifetimeTicks)
        {
            // Two callers may race here and both build a client: harmless, the last one is kept.
            entry = new Entry(RestService.ForGenerated<TApi>(_factory.CreateClient(_httpClientName), _settings), version, now);
            Volatile.Write(ref _entry, entry);
        }

        return entry.Api;
    }

    private sealed record Entry(TApi Api, long Version, long CreatedAt);
}
