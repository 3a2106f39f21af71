using ChatBot.Storage.Redis.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace ChatBot.Storage.Tests.State;

/// <summary>The embedded default store passes the same contract as the SDK's MemoryStorage and Redis.</summary>
public sealed class InProcessStorageContractTests : StorageContractTests
{
    protected override IStorage CreateStorage() => new InProcessStorage(
        new StateJsonSerializer(new StateTypeAllowList().Allow(typeof(TicketDraft))),
        Options.Create(new StateOptions()),
        TimeProvider.System);
}
