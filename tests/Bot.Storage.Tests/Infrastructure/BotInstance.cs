using ChatBot.Storage.Redis;
using ChatBot.Storage.Redis.Locking;
using ChatBot.Storage.Redis.RateLimiting;
using ChatBot.Storage.Redis.State;
using ChatBot.Storage.Redis.Turns;
using ChatBot.Storage.Tests.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Storage.Tests.Infrastructure;

/// <summary>
/// One bot instance as the host builds it, on its own Redis connection: rate limit → Redis turn (lock, state read
/// ahead and saved in the turn's end pipeline) → state, or without the lock: rate limit → state; and a bot
/// that appends each message to a list in conversation state (with a pause between load and save, so concurrent
/// turns overlap). Two of these sharing one Redis are two instances behind a load balancer.
/// </summary>
internal sealed class BotInstance : IDisposable
{
    public static readonly ConversationReference Conversation = new()
    {
        ChannelId = "directline",
        ServiceUrl = "https://test.invalid/",
        Conversation = new ConversationAccount { Id = "FakeDLConv0011Race001-eu" },
        User = new ChannelAccount { Id = "dl_7f3a9c2e", Name = "Sam Example" },
        Bot = new ChannelAccount { Id = "helpbot", Name = "HelpBot" },
    };

    private readonly ConnectionMultiplexer _redis;
    private readonly ConversationState _state;
    private readonly UserRateLimiter _limiter;

    public BotInstance(RedisKeys keys, RateLimitOptions? rateLimit = null, bool turnLock = true, TimeSpan? pause = null)
    {
        _redis = TestRedis.ConnectNew();
        var availability = new RedisAvailability(_redis, NullLogger<RedisAvailability>.Instance);
        var limits = Options.Create(rateLimit ?? new RateLimitOptions());
        var window = new RedisSlidingWindowRateLimiter(_redis, keys, limits, TimeProvider.System);
        _limiter = new UserRateLimiter(
            window,
            InProcessRateLimiter.Create(limits.Value),
            availability);
        var notice = new RedisThrottleNotice(_redis, keys, availability,
            new InProcessThrottleNotice(TimeProvider.System));
        var lockOptions = Options.Create(new TurnLockOptions());

        _state = new ConversationState(RedisStorageFactory.Create(_redis, keys));
        Adapter = new TestAdapter(Conversation);
        var limitMiddleware = new RateLimitMiddleware(
            _limiter, notice, limits, NullLogger<RateLimitMiddleware>.Instance, deferToTurnStart: turnLock);
        Adapter.Use(limitMiddleware);
        if (turnLock)
        {
            // As the host wires it with Redis: the Redis turn takes the lock, charges the limit and reads ahead.
            Adapter.Use(new RedisTurnMiddleware(
                _redis, keys, availability,
                new RedisTurnLock(_redis, keys, availability, new InProcessTurnLock(lockOptions), lockOptions,
                    TimeProvider.System, NullLogger<RedisTurnLock>.Instance),
                window, limitMiddleware, Options.Create(new StateOptions()), lockOptions, TimeProvider.System,
                NullLogger<RedisTurnMiddleware>.Instance));
        }

        Adapter.Use(new AutoSaveStateMiddleware(_state));
        Pause = pause ?? TimeSpan.FromMilliseconds(100);
    }

    public TestAdapter Adapter { get; }

    public TimeSpan Pause { get; }

    /// <summary>Messages the bot itself handled (those that got past the limiter).</summary>
    public int Handled => _handled;

    /// <summary>Every reply sent so far, throttle notices included.</summary>
    public IReadOnlyList<string> Replies => [.. Adapter.ActiveQueue.OfType<Activity>().Select(a => a.Text)];

    private int _handled;

    public Task SendAsync(string text, string? userId = null)
    {
        var activity = MessageFactory.Text(text);
        activity.From = new ChannelAccount { Id = userId ?? Conversation.User.Id };
        return Adapter.ProcessActivityAsync(activity, OnTurnAsync);
    }

    /// <summary>What conversation state holds now, read through a fresh state object.</summary>
    public async Task<List<string>> SavedMessagesAsync(RedisKeys keys)
    {
        var state = new ConversationState(RedisStorageFactory.Create(_redis, keys));
        var context = new TurnContext(Adapter, Conversation.GetContinuationActivity());
        await state.LoadAsync(context, force: true);
        return await state.CreateProperty<List<string>>("messages").GetAsync(context, () => []);
    }

    private async Task OnTurnAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        if (context.Activity.Type != ActivityTypes.Message)
        {
            return;
        }

        Interlocked.Increment(ref _handled);
        var messages = await _state.CreateProperty<List<string>>("messages")
            .GetAsync(context, () => [], cancellationToken);
        await Task.Delay(Pause, cancellationToken);
        messages.Add(context.Activity.Text);
        await context.SendActivityAsync($"saved {messages.Count}", cancellationToken: cancellationToken);
    }

    public void Dispose()
    {
        _limiter.Dispose();
        _redis.Dispose();
    }
}
