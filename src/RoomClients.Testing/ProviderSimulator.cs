using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace RoomClients.Testing;

/// <summary>
/// Base of the provider simulators: a WireMock.Net server on a free loopback port that routes every request to
/// <see cref="Handle"/>, keeps state between calls, counts requests and can serve injected faults first.
/// </summary>
public abstract class ProviderSimulator : IDisposable
{
    private readonly ConcurrentQueue<SimulatedFault> _faults = new();
    private int _requestCount;

    /// <summary>Starts the server.</summary>
    protected ProviderSimulator()
    {
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(Dispatch));
    }

    /// <summary>Gets the server's root URL, such as <c>http://127.0.0.1:54321</c>.</summary>
    public Uri Url => new(Server.Url ?? throw new InvalidOperationException("The simulator is not running."));

    /// <summary>Gets the number of requests received (faults included).</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    /// <summary>Gets the underlying WireMock server (its log holds every request).</summary>
    public WireMockServer Server { get; }

    /// <summary>Makes the next request(s) fail with <paramref name="statusCode"/> before reaching the simulated API.</summary>
    /// <param name="statusCode">The status to answer with.</param>
    /// <param name="body">The body, JSON or text.</param>
    /// <param name="times">How many requests get it.</param>
    /// <param name="headers">Extra headers, such as <c>Retry-After</c>.</param>
    public void EnqueueFault(int statusCode, string? body = null, int times = 1, IReadOnlyDictionary<string, string>? headers = null)
    {
        for (var i = 0; i < times; i++)
        {
            _faults.Enqueue(new SimulatedFault(statusCode, body, headers));
        }
    }

    /// <summary>Gets the provider name this simulator stands in for, such as <c>"whereby"</c>.</summary>
    public abstract string Provider { get; }

    /// <summary>
    /// Returns the configuration keys and values (<c>RoomClients:&lt;name&gt;:…</c>) that point a registration named
    /// <paramref name="registrationName"/> at this simulator with the credentials it accepts, for
    /// <c>ConfigurationBuilder.AddInMemoryCollection</c>: <c>rooms.Add&lt;Provider&gt;(registrationName)</c> then binds them.
    /// </summary>
    /// <param name="registrationName">The registration name (default: <see cref="Provider"/>).</param>
    /// <returns>The settings.</returns>
    public IReadOnlyDictionary<string, string?> ConfigurationFor(string? registrationName = null)
    {
        var prefix = $"RoomClients:{registrationName ?? Provider}:";
        return Settings().ToDictionary(s => prefix + s.Key, s => s.Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The option names and values that point a registration at this simulator (<c>ApiKey</c>, <c>BaseAddress</c>…).</summary>
    /// <returns>The settings, without the <c>RoomClients:&lt;name&gt;:</c> prefix.</returns>
    protected abstract IEnumerable<KeyValuePair<string, string?>> Settings();

    /// <summary>
    /// Adds a finished, downloadable recording to the room <paramref name="roomId"/> (the id the provider's adapter gives as
    /// <see cref="Room.Id"/>), as the provider would after a recorded meeting.
    /// </summary>
    /// <param name="roomId">The room's id.</param>
    /// <returns>The recording's id as the adapter reports it (<see cref="RoomRecording.Id"/>), or <see langword="null"/> when this provider keeps no recordings.</returns>
    public virtual string? AddRecording(string roomId) => null;

    /// <summary>Answers one request. Runs under the simulator's lock, so state needs no further synchronisation.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The response.</returns>
    protected abstract ResponseMessage Handle(IRequestMessage request);

    /// <summary>Builds a JSON response.</summary>
    /// <param name="status">The status.</param>
    /// <param name="json">The body.</param>
    /// <returns>The response.</returns>
    protected static ResponseMessage Json(HttpStatusCode status, JsonNode? json) => Text(status, json?.ToJsonString() ?? "null", "application/json");

    /// <summary>Builds a response with a body of <paramref name="contentType"/>.</summary>
    /// <param name="status">The status.</param>
    /// <param name="body">The body.</param>
    /// <param name="contentType">The content type.</param>
    /// <returns>The response.</returns>
    protected static ResponseMessage Text(HttpStatusCode status, string body, string contentType = "text/plain")
    {
        var response = new ResponseMessage
        {
            StatusCode = (int)status,
            BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = System.Text.Encoding.UTF8 },
        };
        response.AddHeader("Content-Type", contentType);
        return response;
    }

    /// <summary>Builds an empty response.</summary>
    /// <param name="status">The status, such as 204.</param>
    /// <returns>The response.</returns>
    protected static ResponseMessage Empty(HttpStatusCode status) => new() { StatusCode = (int)status };

    /// <summary>Reads the request's JSON body as an object, or <see langword="null"/> when it is absent or not an object.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The object.</returns>
    protected static JsonObject? BodyObject(IRequestMessage request)
    {
        if (string.IsNullOrWhiteSpace(request.Body))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(request.Body) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>Returns a header's first value.</summary>
    /// <param name="request">The request.</param>
    /// <param name="name">The header name (case-insensitive).</param>
    /// <returns>The value or <see langword="null"/>.</returns>
    protected static string? Header(IRequestMessage request, string name)
    {
        if (request.Headers is null)
        {
            return null;
        }

        foreach (var header in request.Headers)
        {
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value.FirstOrDefault();
            }
        }

        return null;
    }

    /// <summary>Returns a query parameter's value (several values joined with commas).</summary>
    /// <param name="request">The request.</param>
    /// <param name="name">The parameter name.</param>
    /// <returns>The value or <see langword="null"/>.</returns>
    protected static string? Query(IRequestMessage request, string name) =>
        request.Query is not null && request.Query.TryGetValue(name, out var values) ? string.Join(',', values) : null;

    /// <summary>Stops the server.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Stops the server.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Server.Stop();
            Server.Dispose();
        }
    }

    private ResponseMessage Dispatch(IRequestMessage request)
    {
        Interlocked.Increment(ref _requestCount);
        if (_faults.TryDequeue(out var fault))
        {
            var response = fault.Body is null ? Empty((HttpStatusCode)fault.StatusCode)
                : Text((HttpStatusCode)fault.StatusCode, fault.Body, fault.Body.TrimStart().StartsWith('{') ? "application/json" : "text/html");
            foreach (var header in fault.Headers ?? new Dictionary<string, string>())
            {
                response.AddHeader(header.Key, header.Value);
            }

            return response;
        }

        lock (_faults)
        {
            return Handle(request);
        }
    }

    private sealed record SimulatedFault(int StatusCode, string? Body, IReadOnlyDictionary<string, string>? Headers);
}
