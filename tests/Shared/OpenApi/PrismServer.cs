using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace RoomClients.Tests.Shared.OpenApi;

/// <summary>
/// Stoplight Prism serving one of the providers' OpenAPI files from <c>tests/openapi</c> as a request-validating mock,
/// started by the test run itself: <c>npm ci</c> when Prism is not installed yet, a free port chosen by Prism
/// (<c>-p 0</c>), ready when Prism prints "Prism is listening on …" (read from its output, never a sleep), killed with
/// its process tree on dispose. Without Node.js on the PATH, <see cref="SkipReason"/> says so and the tests skip.
/// <c>ROOMCLIENTS_PRISM_&lt;NAME&gt;</c> points the tests at a Prism started elsewhere instead.
/// </summary>
public abstract partial class PrismServer : IAsyncLifetime
{
    /// <summary>An upper bound for a broken installation or a hung Prism, so nothing hangs; success never waits for it.</summary>
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(5);

    private readonly string _name;
    private readonly string _specFile;
    private readonly StringBuilder _output = new();
    private Process? _process;
    private string? _servedSpec;

    /// <param name="name">The provider, as in <c>ROOMCLIENTS_PRISM_WHEREBY</c>.</param>
    /// <param name="specFile">The OpenAPI file's name in <c>tests/openapi</c>.</param>
    protected PrismServer(string name, string specFile)
    {
        _name = name;
        _specFile = specFile;
    }

    /// <summary>Gets Prism's base address once started (null when skipped).</summary>
    public Uri? BaseAddress { get; private set; }

    /// <summary>Gets why the tests cannot run here (null when Prism runs): only a missing Node.js.</summary>
    public string? SkipReason { get; private set; }

    /// <summary>Gets Prism's base address, or skips the calling test, naming the missing tool, when Node.js is absent.</summary>
    public Uri BaseAddressOrSkip()
    {
        if (SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        return BaseAddress ?? throw new InvalidOperationException("Prism has not been started.");
    }

    /// <summary>Turns the file's text into what Prism serves (the Vonage file needs its path templates fixed).</summary>
    protected virtual string Normalize(string spec) => spec;

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable($"ROOMCLIENTS_PRISM_{_name.ToUpperInvariant()}") is { Length: > 0 } external)
        {
            BaseAddress = new Uri(external.TrimEnd('/') + "/");
            return;
        }

        var node = FindOnPath("node");
        var npm = FindOnPath("npm");
        if (node is null || npm is null)
        {
            SkipReason = $"Node.js ({(node is null ? "node" : "npm")}) is not on the PATH: the {_name} OpenAPI request-validation tests need it to run Stoplight Prism from tests/openapi.";
            return;
        }

        using var limit = new CancellationTokenSource(StartLimit);
        var directory = FindOpenApiDirectory();
        var cli = Path.Combine(directory, "node_modules", "@stoplight", "prism-cli", "dist", "index.js");
        await InstallOnceAsync(npm, directory, cli, limit.Token);

        var spec = Path.Combine(directory, _specFile);
        var text = await File.ReadAllTextAsync(spec, limit.Token);
        var normalized = Normalize(text);
        if (!string.Equals(normalized, text, StringComparison.Ordinal))
        {
            _servedSpec = Path.Combine(Path.GetTempPath(), $"roomclients-{_name}-{Guid.NewGuid():N}{Path.GetExtension(_specFile)}");
            await File.WriteAllTextAsync(_servedSpec, normalized, limit.Token);
            spec = _servedSpec;
        }

        BaseAddress = await StartAsync(node, directory, cli, spec, limit.Token);
    }

    private async Task<Uri> StartAsync(string node, string directory, string cli, string spec, CancellationToken cancellationToken)
    {
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var start = new ProcessStartInfo(node)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { cli, "mock", "-h", "127.0.0.1", "-p", "0", spec })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["FORCE_COLOR"] = "0";
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        void OnLine(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (_output)
            {
                _output.AppendLine(e.Data);
            }

            if (ListeningLine().Match(Ansi().Replace(e.Data, string.Empty)) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups["url"].Value.TrimEnd('/') + "/"));
            }
        }

        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"Prism exited before listening:\n{Output}"));
        process.Start();
        _process = process;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            return await listening.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw new InvalidOperationException($"Prism did not print \"Prism is listening\" within {StartLimit}:\n{Output}");
        }
    }

    private string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Runs <c>npm ci</c> when Prism is missing; one test process at a time (the Whereby and Vonage suites run in parallel).</summary>
    private static Task InstallOnceAsync(string npm, string directory, string cli, CancellationToken cancellationToken) =>
        File.Exists(cli) ? Task.CompletedTask : Task.Run(() => InstallOnce(npm, directory, cli), cancellationToken);

    private static void InstallOnce(string npm, string directory, string cli)
    {
        // A named mutex is cross-process on every OS .NET runs on: the other suite blocks on it (no polling) until the install is done.
        using var mutex = new Mutex(false, "RoomClients.Tests.PrismInstall");
        try
        {
            if (!mutex.WaitOne(StartLimit))
            {
                throw new InvalidOperationException($"Another test process held the Prism install lock for {StartLimit}.");
            }
        }
        catch (AbandonedMutexException)
        {
            // its holder died; this process owns the mutex now and installs again below
        }

        try
        {
            if (File.Exists(cli))
            {
                return;
            }

            var start = new ProcessStartInfo(npm)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
            {
                start.ArgumentList.Add(argument);
            }

            var log = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
            process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(StartLimit))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"`npm ci` in tests/openapi did not finish within {StartLimit}.");
            }

            process.WaitForExit(); // drains the output handlers
            if (process.ExitCode != 0 || !File.Exists(cli))
            {
                lock (log)
                {
                    throw new InvalidOperationException($"`npm ci` in tests/openapi failed ({process.ExitCode}):\n{log}");
                }
            }
        }
        finally
        {
            mutex.ReleaseMutex();
        }
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (_process is { } process)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                await process.WaitForExitAsync();
            }
            catch (InvalidOperationException)
            {
                // never started or already gone
            }

            process.Dispose();
        }

        if (_servedSpec is not null)
        {
            File.Delete(_servedSpec);
        }
    }

    private static string FindOpenApiDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "openapi");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"tests/openapi/package.json was not found above {AppContext.BaseDirectory}.");
    }

    private static string? FindOnPath(string tool)
    {
        var names = OperatingSystem.IsWindows() ? new[] { tool + ".exe", tool + ".cmd" } : new[] { tool };
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var path = Path.Combine(directory, name);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"Prism is listening on (?<url>https?://\S+)")]
    private static partial Regex ListeningLine();

    [GeneratedRegex(@"\x1B\[[0-9;]*[A-Za-z]")]
    private static partial Regex Ansi();
}
