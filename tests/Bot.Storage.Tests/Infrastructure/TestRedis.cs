using ChatBot.Storage.Redis;
using StackExchange.Redis;

namespace ChatBot.Storage.Tests.Infrastructure;

/// <summary>
/// The loopback Redis servers that scripts/test.sh starts: <c>CHATBOT_TEST_REDIS</c> (host:port of a single
/// server) and <c>CHATBOT_TEST_REDIS_CLUSTER</c> (comma-separated host:port of the cluster's nodes). A test that
/// needs one and finds no variable fails and names it. Each test takes its own key prefix.
/// </summary>
internal static class TestRedis
{
    public const string StandaloneVariable = "CHATBOT_TEST_REDIS";
    public const string ClusterVariable = "CHATBOT_TEST_REDIS_CLUSTER";

    private static readonly Lazy<ConnectionMultiplexer> SharedStandalone = new(() => Connect(StandaloneVariable));
    private static readonly Lazy<ConnectionMultiplexer> SharedCluster = new(() => Connect(ClusterVariable));

    /// <summary>One multiplexer shared by the tests, as an app instance shares one.</summary>
    public static ConnectionMultiplexer Standalone => SharedStandalone.Value;

    public static ConnectionMultiplexer Cluster => SharedCluster.Value;

    /// <summary>A second, separate connection: what another bot instance would hold.</summary>
    public static ConnectionMultiplexer ConnectNew(string variable = StandaloneVariable) => Connect(variable);

    public static string Endpoint(string variable = StandaloneVariable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"Set {variable} to the Redis endpoint(s) to test against (scripts/test.sh does), "
                + "e.g. 127.0.0.1:6379 or, for the cluster, 127.0.0.1:7001,127.0.0.1:7002,127.0.0.1:7003.");

    public static RedisKeys NewKeys() => new("test:" + Guid.NewGuid().ToString("N")[..12]);

    private static ConnectionMultiplexer Connect(string variable)
    {
        var options = ConfigurationOptions.Parse(Endpoint(variable));
        options.AbortOnConnectFail = true;
        options.ConnectTimeout = 5000;
        return ConnectionMultiplexer.Connect(options);
    }
}
