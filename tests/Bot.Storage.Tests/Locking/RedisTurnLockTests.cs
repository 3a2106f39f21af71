using ChatBot.Storage.Redis;
using ChatBot.Storage.Redis.Locking;
using ChatBot.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Storage.Tests.Locking;

public sealed class RedisTurnLockTests : TurnLockContractTests
{
    private readonly RedisKeys _keys = TestRedis.NewKeys();

    protected override ITurnLock CreateLock(TurnLockOptions options) => Create(TestRedis.Standalone, options);

    [Fact]
    public async Task Acquire_HolderInstanceDies_LockFreesAfterExpiry()
    {
        var options = new TurnLockOptions { Expiry = TimeSpan.FromMilliseconds(400) };
        var crashedConnection = TestRedis.ConnectNew();
        _ = await Create(crashedConnection, options).AcquireAsync("emulator/c1").Timed();
        await crashedConnection.CloseAsync(allowCommandsToComplete: false);
        crashedConnection.Dispose();

        var started = TimeProvider.System.GetTimestamp();
        await using var next = await Create(TestRedis.Standalone, options).AcquireAsync("emulator/c1").Timed();

        Assert.InRange(TimeProvider.System.GetElapsedTime(started), TimeSpan.FromMilliseconds(250),
            TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Acquire_TurnRunsLongerThanExpiry_KeepsItsLockUntilReleased()
    {
        // The wait outlasts the expiry more than twice, so only renewal keeps the lock; renewal every third of the
        // expiry leaves a second of slack for a late timer on a loaded machine (300 ms expiry flaked under load).
        var options = new TurnLockOptions
        {
            Expiry = TimeSpan.FromMilliseconds(1_500),
            WaitTimeout = TimeSpan.FromMilliseconds(3_500),
        };
        await using (await Create(TestRedis.Standalone, options).AcquireAsync("emulator/c5").Timed())
        {
            await Assert.ThrowsAsync<TurnLockTimeoutException>(
                () => Create(TestRedis.Standalone, options).AcquireAsync("emulator/c5").AsTask());
        }

        await using var next = await Create(TestRedis.Standalone, options).AcquireAsync("emulator/c5").Timed();
    }

    [Fact]
    public async Task Release_AfterLockExpiredAndWasRetaken_LeavesTheNewHoldersLock()
    {
        var options = new TurnLockOptions { Expiry = TimeSpan.FromMilliseconds(300) };
        var key = _keys.TurnLock("emulator/c2");
        var slowTurn = await Create(TestRedis.Standalone, options).AcquireAsync("emulator/c2").Timed();

        // As if Redis had expired it (say, renewals could not get through for a while).
        await TestRedis.Standalone.GetDatabase().KeyDeleteAsync(key);
        await using var nextTurn = await Create(TestRedis.Standalone, options).AcquireAsync("emulator/c2").Timed();
        await Task.Delay(250);
        var nextToken = await TestRedis.Standalone.GetDatabase().StringGetAsync(key);

        await slowTurn.DisposeAsync();

        Assert.Equal(nextToken, await TestRedis.Standalone.GetDatabase().StringGetAsync(key));
    }

    [Fact]
    public async Task Acquire_TwoInstancesOnSeparateConnections_Serialize()
    {
        using var otherInstance = TestRedis.ConnectNew();
        var a = Create(TestRedis.Standalone, new TurnLockOptions());
        var b = Create(otherInstance, new TurnLockOptions());
        var first = await a.AcquireAsync("emulator/c3").Timed();

        var second = b.AcquireAsync("emulator/c3").AsTask();
        await Task.Delay(150);
        Assert.False(second.IsCompleted);

        await first.DisposeAsync();
        await (await second.Timed()).DisposeAsync();
        Assert.False(await TestRedis.Standalone.GetDatabase().KeyExistsAsync(_keys.TurnLock("emulator/c3")));
    }

    [Fact]
    public async Task Acquire_RedisUnreachable_FallsBackToInProcessLock()
    {
        using var dead = DeadRedis.Connect();
        var turnLock = Create(dead, new TurnLockOptions());
        var first = await turnLock.AcquireAsync("emulator/c4").Timed();

        var second = turnLock.AcquireAsync("emulator/c4").AsTask();
        await Task.Delay(100);
        Assert.False(second.IsCompleted);

        await first.DisposeAsync();
        await (await second.Timed()).DisposeAsync();
    }

    private RedisTurnLock Create(IConnectionMultiplexer redis, TurnLockOptions options) => new(
        redis,
        _keys,
        new RedisAvailability(redis, NullLogger<RedisAvailability>.Instance),
        new InProcessTurnLock(Options.Create(options)),
        Options.Create(options),
        TimeProvider.System,
        NullLogger<RedisTurnLock>.Instance);
}
