using System.Diagnostics;
using System.Globalization;
using StackExchange.Redis;

namespace ChatBot.Storage.Tests.Infrastructure;

/// <summary>
/// A redis-server this test starts, stops and restarts itself on a free loopback port (outage tests must not stop
/// the shared one). Stopped by its own process id.
/// </summary>
internal sealed class PrivateRedisServer : IDisposable
{
    private Process? _process;

    public PrivateRedisServer()
    {
        Port = DeadRedis.FreePort();
        Start();
    }

    public int Port { get; }

    public string Endpoint => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    public void Start()
    {
        var start = new ProcessStartInfo("redis-server")
        {
            ArgumentList =
            {
                "--bind", "127.0.0.1", "--port", Port.ToString(CultureInfo.InvariantCulture),
                "--save", "", "--appendonly", "no",
            },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start)
            ?? throw new InvalidOperationException("redis-server did not start; is it installed?");
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = ConnectionMultiplexer.Connect(Endpoint);
                return;
            }
            catch (RedisConnectionException)
            {
                Thread.Sleep(50);
            }
        }

        throw new InvalidOperationException($"redis-server did not listen on {Endpoint}.");
    }

    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    public ConnectionMultiplexer Connect()
    {
        var options = ConfigurationOptions.Parse(Endpoint);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 500;
        options.ReconnectRetryPolicy = new LinearRetry(100);
        return ConnectionMultiplexer.Connect(options);
    }

    public void Dispose() => Stop();
}
