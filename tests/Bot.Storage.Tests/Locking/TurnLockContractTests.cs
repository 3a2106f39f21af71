using ChatBot.Storage.Redis.Locking;
using ChatBot.Storage.Tests.Infrastructure;

namespace ChatBot.Storage.Tests.Locking;

/// <summary>What every turn lock promises, run on the in-process and the Redis lock.</summary>
public abstract class TurnLockContractTests
{
    protected abstract ITurnLock CreateLock(TurnLockOptions options);

    private readonly string _conversation = "directline/" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Acquire_WhileHeld_WaitsUntilReleased()
    {
        var turnLock = CreateLock(new TurnLockOptions());
        var first = await turnLock.AcquireAsync(_conversation).Timed();

        var second = turnLock.AcquireAsync(_conversation).AsTask();
        await Task.Delay(150);
        Assert.False(second.IsCompleted);

        await first.DisposeAsync();
        await (await second.Timed()).DisposeAsync();
    }

    [Fact]
    public async Task Acquire_OtherConversation_DoesNotWait()
    {
        var turnLock = CreateLock(new TurnLockOptions { WaitTimeout = TimeSpan.FromMilliseconds(500) });
        await using var first = await turnLock.AcquireAsync(_conversation).Timed();

        await using var other = await turnLock.AcquireAsync(_conversation + "-other").Timed();
    }

    [Fact]
    public async Task Acquire_HeldPastWaitTimeout_ThrowsTimeoutSayingWhatToChange()
    {
        var turnLock = CreateLock(new TurnLockOptions { WaitTimeout = TimeSpan.FromMilliseconds(300) });
        await using var holder = await turnLock.AcquireAsync(_conversation).Timed();

        var timeout = await Assert.ThrowsAsync<TurnLockTimeoutException>(() => turnLock.AcquireAsync(_conversation)
            .AsTask().Timed());

        Assert.Contains("TurnLock:WaitTimeout", timeout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acquire_ManyConcurrentTurns_RunOneAtATime()
    {
        var turnLock = CreateLock(new TurnLockOptions());
        var inside = 0;
        var maxInside = 0;
        var done = 0;

        await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(async () =>
        {
            await using var lease = await turnLock.AcquireAsync(_conversation);
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref maxInside, now);
            await Task.Delay(10);
            Interlocked.Decrement(ref inside);
            Interlocked.Increment(ref done);
        }))).Timed();

        Assert.Equal((1, 12), (maxInside, done));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value
            && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
