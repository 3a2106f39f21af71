using Microsoft.Extensions.Options;

namespace ChatBot.Storage.Redis.State;

[OptionsValidator]
internal sealed partial class StateOptionsValidator : IValidateOptions<StateOptions>;
