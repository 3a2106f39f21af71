using Microsoft.Extensions.Options;

namespace ChatBot.Storage.Redis.Locking;

[OptionsValidator]
internal sealed partial class TurnLockOptionsValidator : IValidateOptions<TurnLockOptions>;
