using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RoomClients.Tests.Shared;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace RoomClients.Resilience.Tests;

/// <summary>
/// Every provider × every neutral operation × every fault: the caller gets a success after retry or the right typed
/// exception with provider, status and message, and never a raw NullReferenceException, JsonException,
/// HttpRequestException or Refit ApiException.
/// </summary>
public sealed class FaultMatrixTests
{
    public enum Operation { Create, Get, List, Update, Delete }

    public sealed record Fault(string Name, Func<IResponseBuilder, IResponseBuilder> Respond, Type? Expected, HttpStatusCode? Status, bool SuccessAllowed = false);

    private const string DroppedConnection = "dropped connection after the request was read";
    private static readonly string LargeBody = "{\"padding\":\"" + new string('x', 4 * 1024 * 1024) + "\"}";

    public static readonly IReadOnlyList<Fault> Faults =
    [
        Json(400, typeof(RoomValidationException)),
        Json(401, typeof(RoomAuthenticationException)),
        Json(403, typeof(RoomAuthenticationException)),
        Json(404, typeof(RoomNotFoundException)),
        Json(409, typeof(RoomConflictException)),
        Json(422, typeof(RoomValidationException)),
        new("429 without Retry-After", r => r.WithStatusCode(429).WithHeader("Content-Type", "application/json").WithBody("{\"error\":\"slow down\"}"), typeof(RoomRateLimitedException), HttpStatusCode.TooManyRequests),
        new("429 Retry-After seconds", r => r.WithStatusCode(429).WithHeader("Retry-After", "0").WithBody("{\"error\":\"slow down\"}"), typeof(RoomRateLimitedException), HttpStatusCode.TooManyRequests),
        new("429 Retry-After date", r => r.WithStatusCode(429).WithHeader("Retry-After", DateTimeOffset.UtcNow.AddSeconds(-5).ToString("R", CultureInfo.InvariantCulture)).WithBody("{\"error\":\"slow down\"}"), typeof(RoomRateLimitedException), HttpStatusCode.TooManyRequests),
        Json(500, typeof(RoomProviderUnavailableException)),
        Json(502, typeof(RoomProviderUnavailableException)),
        Json(503, typeof(RoomProviderUnavailableException)),
        Json(504, typeof(RoomProviderUnavailableException)),
        new("delay past the attempt timeout", r => r.WithStatusCode(200).WithBody("{}").WithDelay(TimeSpan.FromSeconds(30)) /* far past the 2 s attempt timeout: a loaded machine cannot close the gap */, typeof(RoomProviderUnavailableException), null),
        new(DroppedConnection, r => r, typeof(RoomProviderUnavailableException), null),
        new("malformed chunk", r => r.WithFault(WireMock.ResponseBuilders.FaultType.MALFORMED_RESPONSE_CHUNK), typeof(RoomServiceException), null, SuccessAllowed: true),
        new("empty body", r => r.WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(string.Empty), typeof(RoomServiceException), HttpStatusCode.OK, SuccessAllowed: true),
        new("malformed JSON", r => r.WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("{\"meetingId\": \"1\", oops"), typeof(RoomServiceException), HttpStatusCode.OK, SuccessAllowed: true),
        new("HTML error page", r => r.WithStatusCode(503).WithHeader("Content-Type", "text/html").WithBody("<html><body><h1>503 Service Unavailable</h1></body></html>"), typeof(RoomProviderUnavailableException), HttpStatusCode.ServiceUnavailable),
        new("wrong content type", r => r.WithStatusCode(200).WithHeader("Content-Type", "text/plain").WithBody("all good"), typeof(RoomServiceException), HttpStatusCode.OK, SuccessAllowed: true),
        new("body far larger than expected", r => r.WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(LargeBody), typeof(RoomServiceException), HttpStatusCode.OK, SuccessAllowed: true),
    ];

    private static Fault Json(int status, Type expected) =>
        new($"{status}", r => r.WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody("{\"error\":\"injected fault\",\"message\":\"injected fault\",\"result\":1,\"desc\":\"injected fault\"}"), expected, (HttpStatusCode)status);

    public static TheoryData<string> Providers => new(ProviderProfile.All.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_operation_under_every_fault_gives_success_or_the_typed_exception(string providerName)
    {
        var provider = ProviderProfile.All.Single(p => p.Name == providerName);
        await RunCaseAsync(provider, Faults[0], Operation.Get); // warm-up: the first request of a process pays for JIT and WireMock start-up
        var tried = 0;
        var failures = new List<string>();
        foreach (var fault in Faults)
        {
            foreach (var operation in Enum.GetValues<Operation>())
            {
                tried++;
                var problem = await RunCaseAsync(provider, fault, operation);
                if (problem is not null)
                {
                    failures.Add($"{provider.Name} × {operation} × {fault.Name}: {problem}");
                }
            }
        }

        Report.Line($"fault matrix {provider.Name}: {tried} cases tried, {tried - failures.Count} passed");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static async Task<string?> RunCaseAsync(ProviderProfile provider, Fault fault, Operation operation)
    {
        using var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        server.Given(Request.Create().UsingAnyMethod()).RespondWith(fault.Respond(Response.Create()));
        using var dropping = new DroppingServer();
        var root = fault.Name == DroppedConnection ? dropping.Url : new Uri(server.Url!);
        var services = new ServiceCollection();
        var rooms = services.AddRoomClients();
        rooms.ConfigureResilience((_, o) =>
        {
            o.Retry.MaxRetryAttempts = 1;
            o.Retry.Delay = TimeSpan.FromMilliseconds(1);
            o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(2);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(10);
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(10);
            o.CircuitBreaker.MinimumThroughput = 1000;
        });
        provider.Register(rooms, root);
        await using var sp = services.BuildServiceProvider();
        var service = sp.GetRequiredKeyedService<IRoomService>(provider.Name);
        var ct = TestContext.Current.CancellationToken;

        try
        {
            switch (operation)
            {
                case Operation.Create:
                    await service.CreateRoomAsync(provider.NewRoom(), ct);
                    break;
                case Operation.Get:
                    await service.GetRoomAsync("room-1", ct);
                    break;
                case Operation.List:
                    await foreach (var unused in service.ListRoomsAsync(new RoomQuery { PageSize = 10 }, ct))
                    {
                        break;
                    }

                    break;
                case Operation.Update:
                    await service.UpdateRoomAsync("room-1", provider.NewUpdate(), ct);
                    break;
                case Operation.Delete:
                    await service.DeleteRoomAsync("room-1", ct);
                    break;
            }

            return fault.SuccessAllowed || fault.Expected is null ? null : $"succeeded, expected {fault.Expected.Name}";
        }
        catch (RoomFeatureNotSupportedException) when (operation == Operation.Update && !service.Capabilities.CanUpdate)
        {
            return null; // refused before sending, as Capabilities says
        }
        catch (RoomServiceException ex)
        {
            if (provider.IsDocumentedAlternative(operation.ToString(), fault.Name, ex))
            {
                return null;
            }

            if (fault.Expected is not null && !fault.Expected.IsInstanceOfType(ex))
            {
                return $"{ex.GetType().Name} instead of {fault.Expected.Name}: {ex.Message}";
            }

            if (ex.Provider != provider.Name)
            {
                return $"Provider is '{ex.Provider}'";
            }

            if (fault.Status is { } status && ex.StatusCode != status && !(fault.SuccessAllowed && ex.StatusCode is null))
            {
                return $"StatusCode {ex.StatusCode} instead of {status}";
            }

            if (string.IsNullOrWhiteSpace(ex.Message))
            {
                return "no message";
            }

            if (ex is RoomValidationException or RoomAuthenticationException or RoomNotFoundException or RoomConflictException
                && ex.ProviderMessage is null)
            {
                return "the provider's message was lost";
            }

            foreach (var secret in provider.Secrets)
            {
                if (ex.ToString().Contains(secret, StringComparison.Ordinal))
                {
                    return "the exception contains a secret";
                }
            }

            return null;
        }
        catch (Exception ex)
        {
            // NullReferenceException, JsonException, HttpRequestException, Refit's ApiException, Polly's exceptions…
            return $"leaked {ex.GetType().FullName}: {ex.Message} at {ex.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("RoomClients", StringComparison.Ordinal) || l.Contains("Refit", StringComparison.Ordinal))}";
        }
    }
}
