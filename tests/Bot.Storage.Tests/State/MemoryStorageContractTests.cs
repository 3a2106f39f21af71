using Microsoft.Bot.Builder;

namespace ChatBot.Storage.Tests.State;

/// <summary>The reference: the SDK's own in-memory storage must pass the contract as written.</summary>
public sealed class MemoryStorageContractTests : StorageContractTests
{
    protected override IStorage CreateStorage() => new MemoryStorage();
}
