using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RoomClients.Tests.Shared;

/// <summary>One HTTP request as a <see cref="HostileServer"/> read it.</summary>
internal sealed record HostileRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>
/// A loopback HTTP/1.1 server on a raw socket that answers however a test scripts it: bodies that trickle, never end,
/// are shorter than their <c>Content-Length</c>, stall half-way, redirect elsewhere, or echo the credentials it was sent.
/// It never relies on time: each request it reads completes <see cref="NextRequest"/>-style signals, and a stalled answer
/// stays stalled until the client goes away or the server is disposed.
/// </summary>
internal sealed class HostileServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<HostileRequest, HostileResponse, Task> _respond;
    private readonly ConcurrentQueue<HostileRequest> _requests = new();
    private readonly ConcurrentQueue<TaskCompletionSource<HostileRequest>> _arrivals = new();
    private readonly TaskCompletionSource<HostileRequest> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public HostileServer(Func<HostileRequest, HostileResponse, Task> respond)
    {
        _respond = respond;
        _listener.Start();
        _ = AcceptLoopAsync();
    }

    public Uri Url => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    /// <summary>Gets the requests read so far, in arrival order.</summary>
    public IReadOnlyList<HostileRequest> Requests => [.. _requests];

    /// <summary>Completes when the first request has been read completely (before any answer is written).</summary>
    public Task<HostileRequest> FirstRequest => _first.Task;

    /// <summary>Gets a token that is cancelled when the server is disposed: scripted stalls wait on it.</summary>
    public CancellationToken Stopping => _stop.Token;

    /// <summary>A server that reads each request and then never answers (until disposed).</summary>
    public static HostileServer Silent() => new((_, response) => response.StallAsync());

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(socket));
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using (socket)
        await using (var stream = new NetworkStream(socket, ownsSocket: false))
        {
            try
            {
                var reader = new RequestReader(stream);
                while (await reader.ReadAsync(_stop.Token) is { } request)
                {
                    _requests.Enqueue(request);
                    _first.TrySetResult(request);
                    var response = new HostileResponse(stream, _stop.Token);
                    await _respond(request, response);
                    if (response.Closed)
                    {
                        return;
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // the client went away (it cancelled or timed out) or the server stopped
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Dispose();
        _first.TrySetCanceled();
        _stop.Dispose();
    }

    private sealed class RequestReader(NetworkStream stream)
    {
        private readonly byte[] _buffer = new byte[64 * 1024];
        private readonly List<byte> _pending = [];

        public async Task<HostileRequest?> ReadAsync(CancellationToken cancellationToken)
        {
            int headerEnd;
            while ((headerEnd = IndexOfHeaderEnd()) < 0)
            {
                if (!await FillAsync(cancellationToken))
                {
                    return null;
                }
            }

            var head = Encoding.Latin1.GetString([.. _pending.Take(headerEnd)]);
            _pending.RemoveRange(0, headerEnd + 4);
            var lines = head.Split("\r\n");
            var parts = lines[0].Split(' ');
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in lines.Skip(1))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
                }
            }

            if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            {
                var chunked = new List<byte>();
                while (true)
                {
                    int lineEnd;
                    while ((lineEnd = IndexOf("\r\n"u8)) < 0)
                    {
                        if (!await FillAsync(cancellationToken))
                        {
                            return null;
                        }
                    }

                    var sizeText = Encoding.ASCII.GetString([.. _pending.Take(lineEnd)]).Split(';')[0].Trim();
                    var size = int.Parse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    _pending.RemoveRange(0, lineEnd + 2);
                    while (_pending.Count < size + 2)
                    {
                        if (!await FillAsync(cancellationToken))
                        {
                            return null;
                        }
                    }

                    chunked.AddRange(_pending.Take(size));
                    _pending.RemoveRange(0, size + 2);
                    if (size == 0)
                    {
                        break; // no trailers are sent by HttpClient
                    }
                }

                return new HostileRequest(parts[0], parts.Length > 1 ? parts[1] : "/", headers, Encoding.UTF8.GetString([.. chunked]));
            }

            var length = headers.TryGetValue("Content-Length", out var declared) ? int.Parse(declared, CultureInfo.InvariantCulture) : 0;
            while (_pending.Count < length)
            {
                if (!await FillAsync(cancellationToken))
                {
                    return null;
                }
            }

            var body = Encoding.UTF8.GetString([.. _pending.Take(length)]);
            _pending.RemoveRange(0, length);
            return new HostileRequest(parts[0], parts.Length > 1 ? parts[1] : "/", headers, body);
        }

        private async Task<bool> FillAsync(CancellationToken cancellationToken)
        {
            var read = await stream.ReadAsync(_buffer, cancellationToken);
            if (read == 0)
            {
                return false;
            }

            _pending.AddRange(_buffer.AsSpan(0, read));
            return true;
        }

        private int IndexOfHeaderEnd() => IndexOf("\r\n\r\n"u8);

        private int IndexOf(ReadOnlySpan<byte> marker)
        {
            for (var i = 0; i + marker.Length <= _pending.Count; i++)
            {
                var match = true;
                for (var j = 0; j < marker.Length && match; j++)
                {
                    match = _pending[i + j] == marker[j];
                }

                if (match)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}

/// <summary>Writes one raw answer; every method flushes, so what was written is on the wire before the next step.</summary>
internal sealed class HostileResponse(Stream stream, CancellationToken stopping)
{
    /// <summary>Gets whether the script closed the connection.</summary>
    public bool Closed { get; private set; }

    /// <summary>Writes a status line and headers (and the blank line after them).</summary>
    public Task HeadAsync(int status, params (string Name, string Value)[] headers)
    {
        var builder = new StringBuilder().Append("HTTP/1.1 ").Append(status.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(Reason(status)).Append("\r\n");
        foreach (var (name, value) in headers)
        {
            builder.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        return WriteAsync(Encoding.Latin1.GetBytes(builder.Append("\r\n").ToString()));
    }

    /// <summary>Writes a complete answer with a <c>Content-Length</c>.</summary>
    public async Task CompleteAsync(int status, string body, string contentType = "application/json", params (string Name, string Value)[] headers)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        await HeadAsync(status, [("Content-Type", contentType), ("Content-Length", bytes.Length.ToString(CultureInfo.InvariantCulture)), .. headers]);
        await WriteAsync(bytes);
    }

    public async Task WriteAsync(ReadOnlyMemory<byte> bytes)
    {
        await stream.WriteAsync(bytes, stopping);
        await stream.FlushAsync(stopping);
    }

    public Task WriteAsync(string text) => WriteAsync(Encoding.UTF8.GetBytes(text));

    /// <summary>Holds the connection open without writing anything more, until the client goes away or the server stops.</summary>
    public async Task StallAsync()
    {
        var probe = new byte[1];
        try
        {
            while (await stream.ReadAsync(probe, stopping) > 0)
            {
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
        }

        Closed = true;
    }

    /// <summary>Closes the connection (after what was written).</summary>
    public void Close() => Closed = true;

    /// <summary>Writes <paramref name="bytes"/> one at a time, each after the client's previous read is possible, for ever (until the client goes away or the server stops).</summary>
    public async Task TrickleForeverAsync()
    {
        var one = "x"u8.ToArray();
        while (!stopping.IsCancellationRequested)
        {
            await WriteAsync(one);
            await Task.Yield();
            await Task.Delay(50, stopping); // pacing only: the test waits for the client's timeout, not for this
        }
    }

    /// <summary>Writes chunks of a chunked body for ever, as fast as the client reads them.</summary>
    public async Task EndlessChunksAsync()
    {
        var chunk = Encoding.ASCII.GetBytes("4000\r\n" + new string(' ', 0x4000) + "\r\n");
        while (!stopping.IsCancellationRequested)
        {
            await WriteAsync(chunk);
        }
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        201 => "Created",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        401 => "Unauthorized",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    };
}
