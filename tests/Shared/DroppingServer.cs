using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RoomClients.Tests.Shared;

/// <summary>A loopback TCP server that reads each HTTP request completely (so the provider "acted") and then closes the connection without answering.</summary>
internal sealed class DroppingServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private int _requests;

    public DroppingServer()
    {
        _listener.Start();
        _ = AcceptLoopAsync();
    }

    public Uri Url => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    /// <summary>Gets how many complete requests were read (each one a room the provider may have created).</summary>
    public int RequestsRead => Volatile.Read(ref _requests);

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

            _ = Task.Run(async () =>
            {
                using (socket)
                {
                    var buffer = new byte[64 * 1024];
                    var received = new StringBuilder();
                    try
                    {
                        while (true)
                        {
                            var read = await socket.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                            if (read == 0)
                            {
                                return;
                            }

                            received.Append(Encoding.Latin1.GetString(buffer, 0, read));
                            var text = received.ToString();
                            var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                            if (headerEnd < 0)
                            {
                                continue;
                            }

                            var length = 0;
                            foreach (var line in text[..headerEnd].Split("\r\n"))
                            {
                                if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                                {
                                    length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
                                }
                            }

                            if (text.Length - headerEnd - 4 >= length)
                            {
                                Interlocked.Increment(ref _requests);
                                socket.Shutdown(SocketShutdown.Both); // request read, no answer: the response is lost
                                return;
                            }
                        }
                    }
                    catch (Exception ex) when (ex is SocketException or OperationCanceledException or ObjectDisposedException)
                    {
                    }
                }
            });
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Dispose();
        _stop.Dispose();
    }
}
