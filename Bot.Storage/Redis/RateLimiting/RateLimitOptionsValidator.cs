using Microsoft.Extensions.Options;

namespace ChatBot.Storage.Redis.RateLimiting;

[OptionsValidator]
internal sealed partial class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>;
