using System.Threading.RateLimiting;
using ChatBot.Answers;
using ChatBot.Storage.Redis;
using ChatBot.Storage.Redis.Locking;
using ChatBot.Storage.Redis.RateLimiting;
using ChatBot.Storage.Redis.State;
using ChatBot.Storage.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Storage.Tests;

public sealed class RedisStorageRegistrationTests
{
    [Fact]
    public void AddRedisStorage_NoConnectionString_RegistersInProcessEquivalents()
    {
        using var services = Build([]);

        Assert.IsType<InProcessStorage>(services.GetRequiredService<IStorage>());
        Assert.IsType<InProcessTurnLock>(services.GetRequiredService<ITurnLock>());
        Assert.IsType<InProcessThrottleNotice>(services.GetRequiredService<IThrottleNotice>());
        Assert.IsNotType<UserRateLimiter>(services.GetRequiredService<PartitionedRateLimiter<string>>());
        Assert.Null(services.GetService<IAnswerCache>());
        Assert.Null(services.GetService<IConnectionMultiplexer>());
        Assert.NotNull(services.GetRequiredService<RateLimitMiddleware>());
        Assert.NotNull(services.GetRequiredService<TurnLockMiddleware>());
        Assert.Null(services.GetService<Redis.Turns.RedisTurnMiddleware>());
    }

    [Fact]
    public void AddRedisStorage_ConnectionString_EverythingOnOneSharedConnection()
    {
        using var services = Build(
            new() { ["ConnectionStrings:Redis"] = TestRedis.Endpoint(), ["Redis:KeyPrefix"] = "reg-test" });

        var redis = services.GetRequiredService<IConnectionMultiplexer>();
        Assert.IsType<FallbackStateStorage>(services.GetRequiredService<IStorage>());
        Assert.IsType<RedisTurnLock>(services.GetRequiredService<ITurnLock>());
        Assert.IsType<UserRateLimiter>(services.GetRequiredService<PartitionedRateLimiter<string>>());
        Assert.IsType<Redis.Caching.TieredAnswerCache>(services.GetRequiredService<IAnswerCache>());
        Assert.NotNull(services.GetRequiredService<Redis.Turns.RedisTurnMiddleware>());
        Assert.Same(redis, services.GetRequiredService<IConnectionMultiplexer>());
        Assert.True(redis.IsConnected);
        Assert.StartsWith("reg-test:v1:", services.GetRequiredService<RedisKeys>().Root, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RateLimit:PermitLimit", "0", "RateLimitOptions.PermitLimit")]
    [InlineData("RateLimit:Window", "00:00:00", "RateLimitOptions.Window")]
    [InlineData("State:ConversationTtl", "-00:01:00", "StateOptions.ConversationTtl")]
    [InlineData("TurnLock:Expiry", "00:00:00", "TurnLockOptions.Expiry")]
    [InlineData("Redis:KeyPrefix", "bad{prefix}", "Redis:KeyPrefix")]
    public void AddRedisStorage_InvalidSetting_StartupFailsNamingIt(string setting, string value, string named)
    {
        using var services = Build(new() { [setting] = value });

        // What the host runs at start for every ValidateOnStart registration.
        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>()
            .Validate());

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthCheck_RedisUp_Healthy()
    {
        using var services = Build(new() { ["ConnectionStrings:Redis"] = TestRedis.Endpoint() });

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync().Timed();

        Assert.Equal(HealthStatus.Healthy,
            report.Entries[RedisStorageServiceCollectionExtensions.HealthCheckName].Status);
        Assert.Contains("ready", report.Entries["redis"].Tags);
    }

    [Fact]
    public async Task HealthCheck_RedisUnreachable_UnhealthyNamingTheSetting()
    {
        using var services = Build(
            new() { ["ConnectionStrings:Redis"] = $"127.0.0.1:{DeadRedis.FreePort()},connectTimeout=200" });

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync().Timed();

        Assert.Equal(HealthStatus.Unhealthy, report.Entries["redis"].Status);
        Assert.Contains("ConnectionStrings:Redis", report.Entries["redis"].Description, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddOptions();
        services.AddRedisStorage(configuration);
        return services.BuildServiceProvider();
    }
}
