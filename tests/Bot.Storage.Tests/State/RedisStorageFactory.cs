using ChatBot.Storage.Redis;
using ChatBot.Storage.Redis.State;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Storage.Tests.State;

internal static class RedisStorageFactory
{
    public static RedisStorage Create(IConnectionMultiplexer redis, RedisKeys keys, StateOptions? options = null) =>
        new(
            redis,
            keys,
            new StateJsonSerializer(new StateTypeAllowList().Allow(typeof(TicketDraft))),
            Options.Create(options ?? new StateOptions()),
            NullLogger<RedisStorage>.Instance);
}
