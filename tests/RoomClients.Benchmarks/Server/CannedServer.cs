using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RoomClients.Benchmarks.Providers;

namespace RoomClients.Benchmarks.Server;

/// <summary>
/// One Kestrel server on 127.0.0.1 (a free port) answering every provider's endpoints with canned JSON written from
/// pre-encoded bytes, so the server does as little as possible per request. Lists page by cursor over
/// <see cref="TotalRooms"/> generated rooms.
/// </summary>
public sealed class CannedServer : IAsyncDisposable
{
    /// <summary>The credential every registration uses; the server only checks that one is sent.</summary>
    public const string FakeCredential = "bench-credential-not-a-secret";

    private WebApplication? _app;
    private int _totalRooms = 50;

    private CannedServer()
    {
    }

    /// <summary>Gets the server's address, such as <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Gets or sets how many rooms the list endpoints page through.</summary>
    public int TotalRooms
    {
        get => Volatile.Read(ref _totalRooms);
        set => Volatile.Write(ref _totalRooms, value);
    }

    /// <summary>Starts the server with every provider's endpoints.</summary>
    public static async Task<CannedServer> StartAsync(IEnumerable<ProviderBench>? providers = null)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.Listen(System.Net.IPAddress.Loopback, 0);
            k.AddServerHeader = false;
            k.Limits.MaxConcurrentConnections = null;
        });
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        app.UseRouting();

        var server = new CannedServer { _app = app };
        foreach (var provider in providers ?? ProviderBenches.All)
        {
            var group = app.MapGroup("/" + provider.Name);
            group.AddEndpointFilter(async (context, next) =>
                context.HttpContext.Request.Headers.Authorization.Count == 0 ? Results.StatusCode(401) : await next(context).ConfigureAwait(false));
            provider.MapEndpoints(group, server);
        }

        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Writes pre-encoded JSON.</summary>
    public static Task WriteJsonAsync(HttpContext context, ReadOnlyMemory<byte> body, int status = 200)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body).AsTask();
    }

    /// <summary>Writes one page of <see cref="TotalRooms"/> rooms: <paramref name="prefix"/>, the items from <paramref name="offset"/>, <paramref name="suffix"/>(next offset or null).</summary>
    public async Task WritePageAsync(HttpContext context, CannedRooms rooms, int offset, int limit, byte[] prefix, Func<int?, byte[]> suffix)
    {
        var total = TotalRooms;
        var count = Math.Max(0, Math.Min(limit, total - offset));
        var next = offset + count < total && count > 0 ? offset + count : (int?)null;
        var end = suffix(next);
        var response = context.Response;
        response.StatusCode = 200;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = prefix.Length + rooms.Length(count) + end.Length;
        await response.Body.WriteAsync(prefix).ConfigureAwait(false);
        await rooms.WriteAsync(response.Body, count, offset).ConfigureAwait(false);
        await response.Body.WriteAsync(end).ConfigureAwait(false);
    }
}
