using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using RoomClients.Http;
using RoomClients.Vonage;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

BenchmarkSwitcher.FromAssembly(typeof(RoomClients.Vonage.Benchmarks.TokenBenchmarks).Assembly).Run(args);

namespace RoomClients.Vonage.Benchmarks
{
/// <summary>One authenticated GET to a loopback server: with the cached application JWT versus signing a new JWT per call.</summary>
[MemoryDiagnoser]
public class TokenBenchmarks
{
    private WireMockServer _server = null!;
    private HttpClient _cached = null!;
    private HttpClient _perCall = null!;

    [GlobalSetup]
    public void Setup()
    {
        _server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        _server.Given(Request.Create().UsingGet().WithPath("/v1/meetings/dial-in-numbers")).RespondWith(Response.Create().WithBody("[]"));
        using var rsa = RSA.Create(2048);
        var options = new VonageOptions { ApplicationId = Guid.NewGuid().ToString(), PrivateKey = rsa.ExportPkcs8PrivateKeyPem() };
        _cached = Client(new VonageTokenProvider(() => options, TimeProvider.System, "bench"));
        _perCall = Client(new VonageTokenProvider(() => options, new LeapingClock(), "bench"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _cached.Dispose();
        _perCall.Dispose();
        _server.Stop();
    }

    [Benchmark(Baseline = true)]
    public Task<string> CachedToken() => _cached.GetStringAsync(new Uri("v1/meetings/dial-in-numbers", UriKind.Relative));

    [Benchmark]
    public Task<string> SignPerCall() => _perCall.GetStringAsync(new Uri("v1/meetings/dial-in-numbers", UriKind.Relative));

    private HttpClient Client(VonageTokenProvider tokens)
    {
        var handler = TokenAuthenticationHandler.Bearer(tokens.GetTokenAsync);
        handler.InnerHandler = new SocketsHttpHandler();
        return new HttpClient(handler) { BaseAddress = new Uri(_server.Url + "/") };
    }

    /// <summary>A clock that moves a day forward on every read, so every token is already stale: one signature per call.</summary>
    private sealed class LeapingClock : TimeProvider
    {
        private DateTimeOffset _now = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => _now = _now.AddDays(1);
    }
}
}
