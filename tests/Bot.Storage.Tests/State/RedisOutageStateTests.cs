using ChatBot.Storage.Redis;
using ChatBot.Storage.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using StackExchange.Redis;

namespace ChatBot.Storage.Tests.State;

/// <summary>
/// State as the host registers it with <c>ConnectionStrings:Redis</c> set, while Redis is away: the bot must keep
/// answering (issue 4), so a turn's state must still load and save, and the shared state must come back after.
/// </summary>
public sealed class RedisOutageStateTests
{
    private const string Conversation = "emulator/conversations/outage-c1";

    [Fact]
    public async Task Storage_RedisUnreachable_ConversationStateStillSavedAndRead()
    {
        using var services = Build($"127.0.0.1:{DeadRedis.FreePort()},connectTimeout=200");
        var storage = services.GetRequiredService<IStorage>();

        await storage.WriteAsync(new Dictionary<string, object>
        {
            [Conversation] = new PocoItem { Id = "during-outage", Count = 2 },
        }).Timed();
        var read = await storage.ReadAsync([Conversation]).Timed();

        Assert.Equal(2, CountOf(read[Conversation]));
    }

    [Fact]
    public async Task Storage_RedisStoppedThenRestarted_AnswersDuringOutageThenWritesSharedStateAgain()
    {
        using var server = new PrivateRedisServer();
        using var services = Build($"{server.Endpoint},connectTimeout=500");
        var storage = services.GetRequiredService<IStorage>();
        var redis = services.GetRequiredService<IConnectionMultiplexer>();
        await storage.WriteAsync(new Dictionary<string, object>
        {
            [Conversation] = new PocoItem { Id = "shared", Count = 1 },
        }).Timed();

        server.Stop();
        await WaitUntilAsync(() => !redis.IsConnected);
        await storage.WriteAsync(new Dictionary<string, object>
        {
            [Conversation] = new PocoItem { Id = "local", Count = 5 },
        }).Timed();
        Assert.Equal(5, CountOf((await storage.ReadAsync([Conversation]).Timed())[Conversation]));

        // This Redis keeps no data over a restart (nor does a cache-only production one): what shows that shared
        // state resumes is that a write lands in Redis again, where another instance reads it.
        server.Start();
        await WaitUntilAsync(() => redis.IsConnected);
        await storage.WriteAsync(new Dictionary<string, object>
        {
            [Conversation] = new PocoItem { Id = "shared-again", Count = 7 },
        }).Timed();
        using var otherInstance = server.Connect();
        var shared = RedisStorageFactory.Create(otherInstance, new RedisKeys(new RedisOptions().KeyPrefix));
        Assert.Equal(7, CountOf((await shared.ReadAsync([Conversation]).Timed())[Conversation]));
    }

    [Fact]
    public async Task Storage_SecondOutage_DoesNotBringBackWhatTheFirstOutageLeftInProcess()
    {
        using var server = new PrivateRedisServer();
        using var services = Build($"{server.Endpoint},connectTimeout=500");
        var storage = services.GetRequiredService<IStorage>();
        var redis = services.GetRequiredService<IConnectionMultiplexer>();

        server.Stop();
        await WaitUntilAsync(() => !redis.IsConnected);
        await storage.WriteAsync(new Dictionary<string, object>
        {
            [Conversation] = new PocoItem { Id = "first-outage", Count = 5 },
        }).Timed();
        server.Start();
        await WaitUntilAsync(() => redis.IsConnected);
        await storage.WriteAsync(new Dictionary<string, object>
        {
            [Conversation] = new PocoItem { Id = "shared", Count = 7 },
        }).Timed();
        server.Stop();
        await WaitUntilAsync(() => !redis.IsConnected);

        // The conversation moved on in Redis since; the first outage's copy would resume a stale dialog.
        var read = await storage.ReadAsync([Conversation]).Timed();
        Assert.False(read.ContainsKey(Conversation), "the first outage's state came back in the second");
    }

    private static long CountOf(object value) =>
        (value as JObject ?? JObject.FromObject(value)).Value<long>("Count");

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "the Redis connection did not change state within 10 s");
    }

    private static ServiceProvider Build(string redis)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis })
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddOptions();
        services.AddRedisStorage(configuration);
        return services.BuildServiceProvider();
    }
}
