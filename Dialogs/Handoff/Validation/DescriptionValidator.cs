using FluentValidation;

namespace ChatBot.Dialogs.Handoff.Validation;

/// <summary>A problem description: long enough for a person to act on, short enough to read.</summary>
public sealed class DescriptionValidator : AbstractValidator<string>
{
    public const int MinLength = 10;
    public const int MaxLength = 1_000;

    public DescriptionValidator()
    {
        RuleFor(text => text).MinimumLength(MinLength).WithName("description")
            .WithMessage($"Please tell me a little more (at least {MinLength} characters), so the person can help.");
        RuleFor(text => text).MaximumLength(MaxLength).WithName("description")
            .WithMessage(t => $"That's {t.Length:N0} characters; please keep it under {MaxLength:N0}. " +
                "The person can ask you for more details.");
    }
}
