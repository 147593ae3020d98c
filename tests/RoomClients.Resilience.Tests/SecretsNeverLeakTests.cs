using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RoomClients.Resilience.Tests;

/// <summary>
/// Runs the neutral scenarios and the common failures with every log category at Trace (HttpClient's own logging
/// included) and checks that no key, token or Authorization value appears in a log line, an exception's message or
/// ToString(), or an options object's ToString().
/// </summary>
public sealed partial class SecretsNeverLeakTests
{
    [System.Text.RegularExpressions.GeneratedRegex("(?<![A-Za-z])(Bearer|Basic|Token) [A-Za-z0-9._~+/=-]{8,}")]
    private static partial System.Text.RegularExpressions.Regex AuthorizationValue();

    public static TheoryData<string> Providers => new(ProviderProfile.All.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task No_secret_appears_in_logs_exceptions_or_options(string name)
    {
        var provider = ProviderProfile.All.Single(p => p.Name == name);
        using var simulator = provider.StartSimulator();
        var lines = new ConcurrentQueue<string>();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new CapturingLoggerProvider(lines)));
        var rooms = services.AddRoomClients();
        rooms.ConfigureResilience((_, o) =>
        {
            o.Retry.Delay = TimeSpan.FromMilliseconds(1);
            o.CircuitBreaker.MinimumThroughput = 1000;
        });
        provider.Register(rooms, simulator.Url);
        await using var sp = services.BuildServiceProvider();
        var service = sp.GetRequiredKeyedService<IRoomService>(name);
        var ct = TestContext.Current.CancellationToken;
        var texts = new List<string>();

        var room = await service.CreateRoomAsync(provider.NewRoom(), ct);
        await service.GetRoomAsync(room.Id, ct);
        await foreach (var unused in service.ListRoomsAsync(cancellationToken: ct))
        {
        }

        if (service.Capabilities.CanUpdate)
        {
            await service.UpdateRoomAsync(room.Id, provider.NewUpdate(), ct);
        }

        await service.DeleteRoomAsync(room.Id, ct);
        foreach (var (status, headers) in new (int, Dictionary<string, string>?)[] { (401, null), (404, null), (429, new() { ["Retry-After"] = "0" }), (500, null), (400, null) })
        {
            simulator.EnqueueFault(status, "{\"error\":\"injected\"}", times: 5, headers: headers);
            var ex = await Assert.ThrowsAnyAsync<RoomServiceException>(() => service.GetRoomAsync(room.Id, ct));
            texts.Add(ex.Message);
            texts.Add(ex.ToString());
        }

        texts.Add(provider.DescribeOptions(sp));
        texts.AddRange(lines);
        Assert.NotEmpty(lines);
        Assert.Contains(lines, l => l.Contains("Sending HTTP request", StringComparison.Ordinal)); // HttpClient logging was on
        Assert.Contains(lines, l => l.Contains("Authorization: *", StringComparison.Ordinal)); // headers were logged at Trace, the value redacted
        foreach (var text in texts)
        {
            foreach (var secret in provider.Secrets)
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }

            Assert.DoesNotMatch(AuthorizationValue(), text); // "Bearer …", "Basic …", "Token …" with a credential after it
            Assert.DoesNotContain("eyJ", text, StringComparison.Ordinal); // no JWT (base64url of '{"')
            Assert.DoesNotContain("PRIVATE KEY", text, StringComparison.Ordinal);
        }
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var structured = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(";", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
                lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {structured} {exception}");
            }
        }
    }
}
