using System.Threading.RateLimiting;
using ChatBot.Answers;
using ChatBot.Answers.Caching;
using ChatBot.Storage.Redis.Caching;
using ChatBot.Storage.Redis.Locking;
using ChatBot.Storage.Redis.RateLimiting;
using ChatBot.Storage.Redis.State;
using ChatBot.Storage.Redis.Turns;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Storage.Redis;

public static class RedisStorageServiceCollectionExtensions
{
    /// <summary>Name of the connection string that switches the bot onto Redis.</summary>
    public const string ConnectionStringName = "Redis";

    /// <summary>Name of the readiness check; it carries the host's readiness tag.</summary>
    public const string HealthCheckName = "redis";

    /// <summary>
    /// State, turn lock, rate limiter and answer cache. With <c>ConnectionStrings:Redis</c> set they all live in
    /// Redis on one shared <see cref="IConnectionMultiplexer"/>, the turn's Redis work batched by
    /// <see cref="RedisTurnMiddleware"/> (the host puts it at the turn-lock stage) and answers cached in process in
    /// front of Redis (plus a readiness check tagged <paramref name="readinessTag"/>); without it they are
    /// in-process: <see cref="InProcessStorage"/>, an in-process lock and limiter, and whichever
    /// <see cref="IAnswerCache"/> the answers side registers. Options are validated at startup. Register before
    /// anything that falls back to an in-memory store with TryAdd.
    /// </summary>
    public static IServiceCollection AddRedisStorage(
        this IServiceCollection services,
        IConfiguration configuration,
        string readinessTag = "ready")
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        AddOptions<RedisOptions, RedisOptionsValidator>(services, configuration, RedisOptions.SectionName);
        AddOptions<StateOptions, StateOptionsValidator>(services, configuration, StateOptions.SectionName);
        AddOptions<RateLimitOptions, RateLimitOptionsValidator>(services, configuration, RateLimitOptions.SectionName);
        // AnswerCache:Ttl belongs to the answers side (which validates it); bound here too for hosts without it.
        services.AddOptions<AnswerCacheOptions>().Bind(configuration.GetSection(AnswerCacheOptions.SectionName));
        AddOptions<TurnLockOptions, TurnLockOptionsValidator>(services, configuration, TurnLockOptions.SectionName);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(CreateAllowList);
        services.TryAddSingleton<StateJsonSerializer>();
        services.TryAddSingleton<InProcessTurnLock>();
        services.TryAddSingleton<InProcessThrottleNotice>();
        services.AddSingleton<TurnLockMiddleware>();

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            services.TryAddSingleton<IStorage, InProcessStorage>();
            services.TryAddSingleton<ITurnLock>(sp => sp.GetRequiredService<InProcessTurnLock>());
            services.TryAddSingleton<IThrottleNotice>(sp => sp.GetRequiredService<InProcessThrottleNotice>());
            services.TryAddSingleton(sp =>
                InProcessRateLimiter.Create(sp.GetRequiredService<IOptions<RateLimitOptions>>().Value));
            services.AddSingleton<RateLimitMiddleware>();
            return services;
        }

        services.AddSingleton<IConnectionMultiplexer>(_ => Connect(connectionString));
        services.AddSingleton(sp => new RedisKeys(sp.GetRequiredService<IOptions<RedisOptions>>().Value.KeyPrefix));
        services.AddSingleton<RedisAvailability>();
        services.AddSingleton<RedisStorage>();
        services.AddSingleton<InProcessStorage>();
        services.AddSingleton<FallbackStateStorage>();
        services.AddSingleton<RedisTurnLock>();
        services.AddSingleton<RedisSlidingWindowRateLimiter>();
        services.AddSingleton<RedisThrottleNotice>();
        services.AddSingleton<RedisAnswerCache>();

        // Not TryAdd: with Redis configured these replace any in-process default registered earlier.
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<FallbackStateStorage>());
        services.AddSingleton<ITurnLock>(sp => sp.GetRequiredService<RedisTurnLock>());
        services.AddSingleton<IThrottleNotice>(sp => sp.GetRequiredService<RedisThrottleNotice>());
        services.AddSingleton<IAnswerCache>(sp => new TieredAnswerCache(
            new MemoryAnswerCache(
                sp.GetRequiredService<IOptions<AnswerCacheOptions>>(), sp.GetRequiredService<TimeProvider>()),
            sp.GetRequiredService<RedisAnswerCache>()));
        services.AddSingleton<PartitionedRateLimiter<string>>(sp => new UserRateLimiter(
            sp.GetRequiredService<RedisSlidingWindowRateLimiter>(),
            InProcessRateLimiter.Create(sp.GetRequiredService<IOptions<RateLimitOptions>>().Value),
            sp.GetRequiredService<RedisAvailability>()));

        // The limiter leaves its check to the Redis turn, which sends it with the lock and the state reads.
        services.AddSingleton(sp => new RateLimitMiddleware(
            sp.GetRequiredService<PartitionedRateLimiter<string>>(),
            sp.GetRequiredService<IThrottleNotice>(),
            sp.GetRequiredService<IOptions<RateLimitOptions>>(),
            sp.GetRequiredService<ILogger<RateLimitMiddleware>>(),
            deferToTurnStart: true));
        services.AddSingleton<RedisTurnMiddleware>();

        services.AddHealthChecks().AddCheck<RedisHealthCheck>(HealthCheckName, tags: [readinessTag]);
        return services;
    }

    /// <summary>
    /// Lets state keep <typeparamref name="T"/> in <c>object</c>-typed slots (see <see cref="StateTypeAllowList"/>).
    /// </summary>
    public static IServiceCollection AddStateType<T>(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddSingleton(new StateTypeRegistration(typeof(T)));
        return services;
    }

    private static StateTypeAllowList CreateAllowList(IServiceProvider services)
    {
        var allowList = new StateTypeAllowList();
        foreach (var registration in services.GetServices<StateTypeRegistration>())
        {
            allowList.Allow(registration.Type);
        }

        return allowList;
    }

    private static void AddOptions<TOptions, TValidator>(
        IServiceCollection services,
        IConfiguration configuration,
        string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
    }

    // The app starts even while Redis is away (AbortOnConnectFail off): the limiter, lock and cache fall back and
    // the multiplexer keeps reconnecting in the background.
    private static ConnectionMultiplexer Connect(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.ClientName ??= "chatbot";
        return ConnectionMultiplexer.Connect(options);
    }
}
