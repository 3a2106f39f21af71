using ChatBot.Storage.Tests.Infrastructure;
using Microsoft.Bot.Builder;

namespace ChatBot.Storage.Tests.State;

public sealed class RedisStorageContractTests : StorageContractTests
{
    protected override IStorage CreateStorage() =>
        RedisStorageFactory.Create(TestRedis.Standalone, TestRedis.NewKeys());
}
