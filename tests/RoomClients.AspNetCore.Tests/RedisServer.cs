using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace RoomClients.AspNetCore.Tests;

/// <summary>
/// A real <c>redis-server</c> started for the tests on a free loopback port, with no persistence
/// (<c>--save "" --appendonly no</c>), stopped when the tests end. <see cref="Unavailable"/> says why when the binary
/// cannot be found or does not start; the tests then skip with that message.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? _process;

    /// <summary>Gets the StackExchange.Redis configuration string of the running server.</summary>
    public string Configuration { get; private set; } = string.Empty;

    /// <summary>Gets why no server runs, or <see langword="null"/>.</summary>
    public string? Unavailable { get; private set; }

    public void SkipUnlessRunning()
    {
        if (Unavailable is not null)
        {
            Assert.Skip(Unavailable);
        }
    }

    public async ValueTask InitializeAsync()
    {
        var binary = Find();
        if (binary is null)
        {
            Unavailable = "redis-server was not found on PATH (install it: apt-get install redis-server; .ci/run does): the cross-instance de-duplication tests are skipped.";
            return;
        }

        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no", "--protected-mode", "yes" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            output.Enqueue(e.Data);
            if (e.Data.Contains("Ready to accept connections", StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        };
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException("redis-server exited: " + string.Join(" | ", output)));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        try
        {
            await ready.Task.WaitAsync(TimeSpan.FromSeconds(30)); // a bound on a hang, not a synchronisation: readiness is the log line
        }
        catch (Exception ex)
        {
            Unavailable = $"redis-server ({binary}) did not start: {ex.Message}";
            return;
        }

        Configuration = $"127.0.0.1:{port}";
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }
    }

    private static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator) ?? [];
        return path.Concat(["/usr/bin", "/usr/sbin", "/usr/local/bin"])
            .Select(dir => Path.Combine(dir, "redis-server"))
            .FirstOrDefault(File.Exists);
    }
}
