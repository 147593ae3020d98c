using System.Collections.Concurrent;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace RoomClients.Tests.Shared.Profiles;

/// <summary>
/// A loopback server in front of a provider's simulator (any server): it forwards every request to <c>target</c> unchanged,
/// except the next ones a test scripted: held until the test releases them (the server has the request, so the provider
/// acted), or answered with any status, content type and body. Only the API's traffic goes through it (a registration's
/// <c>BaseAddress</c>); a provider's token endpoint stays where it was. Nothing here waits for time: held requests wait
/// for <see cref="Dispose"/> or <see cref="ReleaseAll"/>, and each arrival completes a task a test can await.
/// </summary>
public sealed class FaultProxy : IDisposable
{
    private static readonly HashSet<string> HopHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Content-Length", "Transfer-Encoding", "Keep-Alive", "Expect",
    };

    private readonly Uri _target;
    private readonly HttpClient _forward = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = Timeout.InfiniteTimeSpan };
    private readonly ConcurrentQueue<Func<IRequestMessage, Task<IResponseMessage>>> _script = new();
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly WireMockServer _server;
    private int _requests;

    /// <summary>Starts the proxy in front of <paramref name="target"/> (a server root).</summary>
    public FaultProxy(Uri target)
    {
        _target = target;
        _server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(request => HandleAsync(request)));
    }

    /// <summary>The proxy's root URL.</summary>
    public Uri Url => new(_server.Url!);

    /// <summary>Requests that reached the proxy (held, scripted and forwarded).</summary>
    public int RequestCount => Volatile.Read(ref _requests);

    /// <summary>The address <paramref name="address"/> (on the target) has behind this proxy: same path, the proxy's authority.</summary>
    public Uri Through(Uri address) => new(Url, address.PathAndQuery);

    /// <summary>Holds the next request until <see cref="ReleaseAll"/> or disposal; the task completes when it has arrived.</summary>
    public Task HoldNext()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _script.Enqueue(async _ =>
        {
            arrived.TrySetResult();
            await _released.Task; // no thread is blocked while the request is held
            return new ResponseMessage { StatusCode = 504 };
        });
        return arrived.Task;
    }

    /// <summary>Answers the next <paramref name="times"/> requests with <paramref name="status"/>, a body of <paramref name="contentType"/> and any <paramref name="headers"/>.</summary>
    public void AnswerNext(int status, string contentType, string body, int times = 1, IReadOnlyDictionary<string, string>? headers = null)
    {
        for (var i = 0; i < times; i++)
        {
            _script.Enqueue(_ =>
            {
                IResponseMessage response = new ResponseMessage
                {
                    StatusCode = status,
                    BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = System.Text.Encoding.UTF8 },
                };
                var message = (ResponseMessage)response;
                message.AddHeader("Content-Type", contentType);
                foreach (var (name, value) in headers ?? new Dictionary<string, string>())
                {
                    message.AddHeader(name, value);
                }

                return Task.FromResult(response);
            });
        }
    }

    /// <summary>Lets every held request go (they answer 504, to a client that gave up on them long ago).</summary>
    public void ReleaseAll() => _released.TrySetResult();

    public void Dispose()
    {
        ReleaseAll();
        _server.Stop();
        _server.Dispose();
        _forward.Dispose();
    }

    private Task<IResponseMessage> HandleAsync(IRequestMessage request)
    {
        Interlocked.Increment(ref _requests);
        return _script.TryDequeue(out var scripted) ? scripted(request) : ForwardAsync(request);
    }

    private async Task<IResponseMessage> ForwardAsync(IRequestMessage request)
    {
        var uri = new Uri(_target, new Uri(request.Url).PathAndQuery);
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), uri);
        if (request.BodyAsBytes is { Length: > 0 } bytes)
        {
            message.Content = new ByteArrayContent(bytes);
        }
        else if (!string.IsNullOrEmpty(request.Body))
        {
            message.Content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(request.Body));
        }

        foreach (var header in request.Headers ?? new Dictionary<string, WireMockList<string>>())
        {
            if (HopHeaders.Contains(header.Key))
            {
                continue;
            }

            if (!message.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray()))
            {
                message.Content ??= new ByteArrayContent([]);
                message.Content.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray());
            }
        }

        using var response = await _forward.SendAsync(message);
        var body = await response.Content.ReadAsByteArrayAsync();
        var answer = new ResponseMessage
        {
            StatusCode = (int)response.StatusCode,
            BodyData = body.Length == 0 ? null : new BodyData { BodyAsBytes = body, DetectedBodyType = BodyType.Bytes },
        };
        foreach (var header in response.Headers.Concat(response.Content.Headers))
        {
            if (!HopHeaders.Contains(header.Key))
            {
                answer.AddHeader(header.Key, header.Value.ToArray());
            }
        }

        return answer;
    }
}
