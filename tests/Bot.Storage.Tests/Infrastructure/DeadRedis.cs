using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace ChatBot.Storage.Tests.Infrastructure;

/// <summary>A multiplexer aimed at a loopback port where nothing listens: Redis "unreachable", for fallback
/// tests.</summary>
internal static class DeadRedis
{
    public static ConnectionMultiplexer Connect()
    {
        var options = ConfigurationOptions.Parse($"127.0.0.1:{FreePort()}");
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 200;
        options.ConnectRetry = 0;
        return ConnectionMultiplexer.Connect(options);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
