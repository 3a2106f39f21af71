using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ChatBot.Bot.Tests.Infrastructure;

/// <summary>
/// A loopback TCP proxy in front of a real Redis that counts round trips as the wire sees them: on each connection,
/// every time the client sends after it could have read an answer from Redis (or for the first time) is one round
/// trip, however many commands the burst carries. Pipelined commands therefore count once, sequential ones once
/// each. StackExchange.Redis may write one pipeline in several socket writes, and on a busy machine Redis can
/// answer the first before the next is written. So the proxy holds each answer for <see cref="AnswerHold"/> before
/// passing it on: whatever the client sends before it can have read the answer (read by the proxy meanwhile, or
/// still waiting in its socket) cannot be a reaction to it and continues the burst. The hold only adds latency; it
/// cannot hide a round trip. Point the bot's <c>ConnectionStrings:Redis</c> at <see cref="Endpoint"/>.
/// </summary>
internal sealed class RedisRoundTripProxy : IAsyncDisposable
{
    /// <summary>
    /// How long an answer waits in the proxy: longer than a preempted writer's gap on a busy machine.
    /// </summary>
    public static readonly TimeSpan AnswerHold = TimeSpan.FromMilliseconds(20);

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
        var connection = new ConnectionState(client.Client);
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

                if (!fromClient)
                {
                    await Task.Delay(AnswerHold, _stop.Token);
                }

                lock (connection)
                {
                    if (fromClient)
                    {
                        OnClientBytes(connection, read);
                    }
                    else
                    {
                        // Taken before the answer is passed on: the client has not seen it yet.
                        connection.SentBeforeAnswer += connection.Client.Available;
                        connection.AwaitingReply = false;
                    }
                }

                await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException
            or ObjectDisposedException)
        {
            // A side closed: the other pump ends with it.
        }
    }

    private void OnClientBytes(ConnectionState connection, int read)
    {
        var continued = Math.Min(read, connection.SentBeforeAnswer);
        connection.SentBeforeAnswer -= continued;
        if (read > continued && !connection.AwaitingReply)
        {
            Interlocked.Increment(ref _roundTrips);
        }

        connection.AwaitingReply = true;
    }

    private sealed class ConnectionState(Socket client)
    {
        public Socket Client { get; } = client;

        public bool AwaitingReply { get; set; }

        // Client bytes already waiting in the proxy's socket when Redis last answered: the rest of that burst.
        public int SentBeforeAnswer { get; set; }
    }
}
