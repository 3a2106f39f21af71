using Microsoft.Extensions.Options;

namespace ChatBot.Storage.Redis.Caching;

[OptionsValidator]
internal sealed partial class AnswerCacheOptionsValidator : IValidateOptions<AnswerCacheOptions>;
