using System.Text.RegularExpressions;
using FluentValidation;

namespace ChatBot.Dialogs.Handoff.Validation;

/// <summary>
/// An email address a person can reply to: one @, a dotted domain, no spaces. Stricter than FluentValidation's
/// built-in check (which only wants an @), looser than the RFC, as addresses people type are.
/// </summary>
public sealed partial class EmailValidator : AbstractValidator<string>
{
    public const int MaxLength = 254;

    public EmailValidator()
    {
        RuleFor(email => email).NotEmpty().WithName("email")
            .WithMessage("Please type your email address.");
        RuleFor(email => email).MaximumLength(MaxLength).WithName("email")
            .WithMessage($"An email address has at most {MaxLength} characters. Please check it.");
        RuleFor(email => email).Must(LookLikeAnEmailAddress).WithName("email")
            .WithMessage("That doesn't look like an email address. Please type it like name@example.com.");
    }

    private static bool LookLikeAnEmailAddress(string email) => EmailPattern().IsMatch(email);

    [GeneratedRegex(@"^[^@\s]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$")]
    private static partial Regex EmailPattern();
}
