using ChatBot.Storage.Tests.Infrastructure;

namespace ChatBot.Storage.Tests.Locking;

/// <summary>Bug B10: two messages of one conversation, at once, on two instances sharing Redis.</summary>
public sealed class ConcurrentTurnsTests
{
    private readonly Redis.RedisKeys _keys = TestRedis.NewKeys();

    [Fact]
    public async Task TwoInstances_SimultaneousMessagesInOneConversation_BothAreSaved()
    {
        using var instanceA = new BotInstance(_keys);
        using var instanceB = new BotInstance(_keys);
        await instanceA.SendAsync("new ticket").Timed();

        await Task.WhenAll(instanceA.SendAsync("yes"), instanceB.SendAsync("Alex Doe")).Timed();

        var saved = await instanceA.SavedMessagesAsync(_keys).Timed();
        Assert.Equal("new ticket", saved[0]);
        Assert.Equal(["Alex Doe", "yes"], saved.Skip(1).Order());
        Assert.Equal(["saved 1", "saved 2", "saved 3"], instanceA.Replies.Concat(instanceB.Replies).Order());
    }

    [Fact]
    public async Task TwoInstances_BurstOfFiveMessages_AllSavedInArrivalOrderPerInstance()
    {
        using var instanceA = new BotInstance(_keys, pause: TimeSpan.FromMilliseconds(20));
        using var instanceB = new BotInstance(_keys, pause: TimeSpan.FromMilliseconds(20));
        string[] burst = ["help", "help", "help", "cancel", "help"];

        await Task.WhenAll(burst.Select((text, i) => (i % 2 == 0 ? instanceA : instanceB).SendAsync($"{text}#{i}")))
            .Timed();

        var saved = await instanceA.SavedMessagesAsync(_keys).Timed();
        Assert.Equal(burst.Select((text, i) => $"{text}#{i}").Order(), saved.Order());
    }

    // The control: without the lock the same race loses an update, so the test above can fail.
    [Fact]
    public async Task TwoInstances_WithoutTurnLock_LoseAnUpdate()
    {
        using var instanceA = new BotInstance(_keys, turnLock: false);
        using var instanceB = new BotInstance(_keys, turnLock: false);

        await Task.WhenAll(instanceA.SendAsync("yes"), instanceB.SendAsync("Alex Doe")).Timed();

        Assert.Single(await instanceA.SavedMessagesAsync(_keys).Timed());
    }
}
