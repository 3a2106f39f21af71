using FluentValidation;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Hosting;

/// <summary>Runs a FluentValidation validator as an options validator, so bad settings stop the host at
/// start.</summary>
internal sealed class FluentValidateOptions<TOptions>(IValidator<TOptions> validator) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var result = validator.Validate(options);
        return result.IsValid
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(result.Errors.Select(e => e.ErrorMessage));
    }
}
