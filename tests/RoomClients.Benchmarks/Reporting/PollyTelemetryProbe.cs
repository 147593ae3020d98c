using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoomClients.Benchmarks.Benchmarks;
using RoomClients.Benchmarks.Providers;

namespace RoomClients.Benchmarks.Reporting;

/// <summary>
/// <c>polly-telemetry [provider]</c>: what Polly reports for one SDK get that is refused twice (a closed loopback port,
/// one retry): every measurement on the <c>Polly</c> meter with its tags, and the <c>Polly</c> log lines. Prints the
/// telemetry options the container holds too, to compare pipeline compositions (a diagnostic, not a benchmark).
/// </summary>
public static class PollyTelemetryProbe
{
    /// <summary>The command-line mode.</summary>
    public const string Mode = "polly-telemetry";

    /// <summary>Runs the probe.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var provider = ProviderBenches.Get(args.FirstOrDefault() ?? "whereby");
        using var listener = new MeterListener();
        var lines = new List<string>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name.StartsWith("Polly", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(lines, i, tags));
        listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Record(lines, i, tags));
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(lines, i, tags));
        listener.Start();

        var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();

        var services = new ServiceCollection();
        var logs = new List<string>();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new ListLoggerProvider(logs)));
        services.AddRoomClients(rooms =>
        {
            rooms.ConfigureResilience((_, o) =>
            {
                o.Retry.MaxRetryAttempts = 1;
                o.Retry.Delay = TimeSpan.Zero;
            });
            provider.AddSdk(rooms, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/"));
        });
        var sp = services.BuildServiceProvider();
        await using (sp.ConfigureAwait(false))
        {
            try
            {
                await Harness.ResolveRooms(sp, provider).GetRoomAsync(provider.RoomId).ConfigureAwait(false);
            }
            catch (RoomServiceException ex)
            {
                Console.WriteLine($"call: {ex.GetType().Name}: {ex.Message}");
            }

            var telemetry = sp.GetService<IOptions<Polly.Telemetry.TelemetryOptions>>()?.Value;
            Console.WriteLine(telemetry is null
                ? "TelemetryOptions: not registered"
                : $"TelemetryOptions: logger factory {telemetry.LoggerFactory.GetType().Name}, enrichers [{string.Join(", ", telemetry.MeteringEnrichers.Select(e => e.GetType().Name))}], listeners {telemetry.TelemetryListeners.Count}, result formatter {(telemetry.ResultFormatter is null ? "none" : "set")}, severity provider {(telemetry.SeverityProvider is null ? "none" : "set")}");
        }

        listener.Dispose();
        foreach (var line in lines.Distinct())
        {
            Console.WriteLine(line);
        }

        foreach (var line in logs)
        {
            Console.WriteLine(line);
        }

        return 0;
    }

    private static void Record(List<string> lines, Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var text = string.Join(", ", tags.ToArray().OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key == "exception.type" || t.Key.EndsWith("duration", StringComparison.Ordinal) ? $"{t.Key}=…" : $"{t.Key}={t.Value}"));
        lock (lines)
        {
            lines.Add($"meter {instrument.Meter.Name} {instrument.Name}: {text}");
        }
    }

    private sealed class ListLoggerProvider(List<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(lines, categoryName);

        public void Dispose()
        {
        }
    }

    private sealed class ListLogger(List<string> lines, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => category.StartsWith("Polly", StringComparison.Ordinal);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var message = formatter(state, exception);
            var cut = message.IndexOf("Execution time", StringComparison.Ordinal);
            lock (lines)
            {
                lines.Add($"log {category} {logLevel} {eventId.Name}: {(cut > 0 ? message[..cut] : message)}");
            }
        }
    }
}
