using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ChatBot.Bot.Tests.Infrastructure;

/// <summary>
/// A loopback TCP proxy in front of a real Redis that counts round trips as the wire sees them: on each connection,
/// every time the client starts sending again after Redis has answered (or for the first time) is one round trip,
/// however many commands the burst carries. Pipelined commands therefore count once, sequential ones once each; a
/// burst split by an early answer counts twice, so the count can only err upwards. Point the bot's
/// <c>ConnectionStrings:Redis</c> at <see cref="Endpoint"/>.
/// </summary>
internal sealed class RedisRoundTripProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _upstream;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _pumps = [];
    private readonly Task _accepting;
    private long _roundTrips;

    public RedisRoundTripProxy(string upstream)
    {
        ArgumentNullException.ThrowIfNull(upstream);

        var parts = upstream.Split(':');
        _upstream = new IPEndPoint(IPAddress.Parse(parts[0]), int.Parse(parts[1], CultureInfo.InvariantCulture));
        if (!IPAddress.IsLoopback(_upstream.Address))
        {
            throw new ArgumentException($"The proxy only forwards to loopback; {upstream} is not.", nameof(upstream));
        }

        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>host:port of the proxy, for a StackExchange.Redis configuration string.</summary>
    public string Endpoint =>
        "127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);

    /// <summary>Round trips seen so far on all connections.</summary>
    public long RoundTrips => Interlocked.Read(ref _roundTrips);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await Task.WhenAll([_accepting, .. _pumps]).ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            lock (_pumps)
            {
                _pumps.Add(ServeAsync(client));
            }
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        using var server = new TcpClient();
        client.NoDelay = true;
        server.NoDelay = true;
        await server.ConnectAsync(_upstream, _stop.Token);
        var connection = new ConnectionState();
        var up = PumpAsync(client.GetStream(), server.GetStream(), connection, fromClient: true);
        var down = PumpAsync(server.GetStream(), client.GetStream(), connection, fromClient: false);
        await Task.WhenAny(up, down);
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, ConnectionState connection, bool fromClient)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReadAsync(buffer, _stop.Token);
                if (read == 0)
                {
                    return;
                }

                lock (connection)
                {
                    if (fromClient && !connection.AwaitingReply)
                    {
                        Interlocked.Increment(ref _roundTrips);
                    }

                    connection.AwaitingReply = fromClient;
                }

                await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // A side closed: the other pump ends with it.
        }
    }

    private sealed class ConnectionState
    {
        public bool AwaitingReply { get; set; }
    }
}
