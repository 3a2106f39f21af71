using FluentValidation;

namespace ChatBot.Dialogs.Runtime.Prompts;

/// <summary>Turns a FluentValidation validator into a prompt validator.</summary>
public static class FluentPromptValidator
{
    /// <summary>
    /// Unrecognized answers are rejected without running the validator; a failed validation rejects the
    /// answer and tells the user the first error message, so the validator's wording reaches the user.
    /// </summary>
    public static PromptValidator<T> ToPromptValidator<T>(this IValidator<T> validator)
    {
        ArgumentNullException.ThrowIfNull(validator);

        return async (prompt, cancellationToken) =>
        {
            if (!prompt.Recognized.Succeeded || prompt.Recognized.Value is not { } value)
            {
                return false;
            }

            var result = await validator.ValidateAsync(value, cancellationToken);
            if (!result.IsValid)
            {
                prompt.FailureMessage = result.Errors[0].ErrorMessage;
            }

            return result.IsValid;
        };
    }
}
