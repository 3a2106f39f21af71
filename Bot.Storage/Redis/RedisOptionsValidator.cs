using Microsoft.Extensions.Options;

namespace ChatBot.Storage.Redis;

[OptionsValidator]
internal sealed partial class RedisOptionsValidator : IValidateOptions<RedisOptions>;
