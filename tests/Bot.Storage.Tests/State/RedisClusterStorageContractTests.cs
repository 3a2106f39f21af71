using ChatBot.Storage.Tests.Infrastructure;
using Microsoft.Bot.Builder;

namespace ChatBot.Storage.Tests.State;

/// <summary>The same contract on a three-node Redis Cluster: batches span slots and nodes.</summary>
public sealed class RedisClusterStorageContractTests : StorageContractTests
{
    protected override IStorage CreateStorage() => RedisStorageFactory.Create(TestRedis.Cluster, TestRedis.NewKeys());
}
