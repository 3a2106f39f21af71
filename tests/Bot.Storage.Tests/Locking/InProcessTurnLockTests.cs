using ChatBot.Storage.Redis.Locking;
using Microsoft.Extensions.Options;

namespace ChatBot.Storage.Tests.Locking;

public sealed class InProcessTurnLockTests : TurnLockContractTests
{
    protected override ITurnLock CreateLock(TurnLockOptions options) => new InProcessTurnLock(Options.Create(options));
}
