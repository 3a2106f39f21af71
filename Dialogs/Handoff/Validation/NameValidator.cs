using FluentValidation;

namespace ChatBot.Dialogs.Handoff.Validation;

/// <summary>A person's name as typed: some letters, not an email or a number, not a paragraph.</summary>
public sealed class NameValidator : AbstractValidator<string>
{
    public const int MaxLength = 100;

    public NameValidator()
    {
        RuleFor(name => name).NotEmpty().WithName("name")
            .WithMessage("Please type your name.");
        RuleFor(name => name).MaximumLength(MaxLength).WithName("name")
            .WithMessage($"That's longer than a name usually is. Please type just your name " +
                $"(up to {MaxLength} characters).");
        RuleFor(name => name).Must(ContainALetter).WithName("name")
            .WithMessage("A name needs some letters. Please type your name, for example Sam Example.");
        RuleFor(name => name).Must(NotBeAnEmailAddress).WithName("name")
            .WithMessage("That looks like an email address; I'll ask for that next. Please type your name first.");
    }

    private static bool ContainALetter(string name) => name.Any(char.IsLetter);

    private static bool NotBeAnEmailAddress(string name) => !name.Contains('@', StringComparison.Ordinal);
}
