using System.Net.Http.Headers;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Refit;
using RoomClients.Benchmarks.Server;
using RoomClients.Http;
using RoomClients.Whereby;
using RoomClients.Whereby.Models;

namespace RoomClients.Benchmarks.Benchmarks;

/// <summary>
/// Where the SDK's time goes on one Whereby get, layer by layer: the baseline; the Refit client over a plain
/// <see cref="HttpClient"/> (Refit alone); the <see cref="IWherebyApi"/> the SDK registers (+ the HttpClientFactory
/// handlers, resilience pipeline, auth handler and error mapping); <see cref="IRoomService"/> (+ adapter and telemetry).
/// A profiling aid, Whereby only.
/// </summary>
[MemoryDiagnoser]
public class WherebyAnatomyBenchmarks
{
    private Harness _h = null!;
    private HttpClient _plain = null!;
    private IWherebyApi _refitOnly = null!;
    private IWherebyApi _fromDi = null!;
    private string _id = null!;
    private static readonly string[] HostFields = ["hostRoomUrl"];

    [GlobalSetup]
    public void Setup()
    {
        _h = Harness.Start("whereby");
        _id = _h.Provider.RoomId;
        _plain = new HttpClient(new SocketsHttpHandler()) { BaseAddress = new Uri(_h.Server.BaseAddress, "whereby/v1/") };
        _plain.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", CannedServer.FakeCredential);
        _refitOnly = RestService.For<IWherebyApi>(_plain, RoomClientsRefit.CreateSettings("whereby", AnatomyJson.Default));
        _fromDi = _h.Services.GetRequiredKeyedService<IWherebyApi>("whereby");
        _h.WarmAsync().GetAwaiter().GetResult();
        _refitOnly.GetMeetingAsync(_id, HostFields).GetAwaiter().GetResult();
        _fromDi.GetMeetingAsync(_id, HostFields).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _plain.Dispose();
        _h.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public Task<string> Get_Baseline() => _h.Baseline.GetAsync(_id);

    [Benchmark]
    public async Task<string> Get_RefitOverPlainHttpClient() => (await _refitOnly.GetMeetingAsync(_id, HostFields).ConfigureAwait(false)).MeetingId;

    [Benchmark]
    public async Task<string> Get_ProviderApiWithSdkPipeline() => (await _fromDi.GetMeetingAsync(_id, HostFields).ConfigureAwait(false)).MeetingId;

    [Benchmark]
    public async Task<string> Get_Sdk() => (await _h.Rooms.GetRoomAsync(_id).ConfigureAwait(false)).Id;
}

/// <summary>The public Whereby DTOs, for the Refit-only client (the SDK's own context is internal).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Meeting))]
[JsonSerializable(typeof(CreateMeetingRequest))]
[JsonSerializable(typeof(WherebyPage<Meeting>))]
internal sealed partial class AnatomyJson : JsonSerializerContext;
