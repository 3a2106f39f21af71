using FluentValidation;

namespace ChatBot.Bot.DirectLine;

/// <summary>Stops the host at start when the Web Chat settings cannot work.</summary>
public sealed class DirectLineOptionsValidator : AbstractValidator<DirectLineOptions>
{
    private const int MinimumKeyBytes = 32;

    public DirectLineOptionsValidator()
    {
        RuleFor(o => o.Endpoint)
            .Must(BeAnAbsoluteHttpUri)
            .WithMessage("DirectLine:Endpoint must be an absolute http(s) URL such as "
                + "https://directline.botframework.com/v3/directline/.");

        RuleFor(o => o.TokenLifetime)
            .InclusiveBetween(TimeSpan.FromMinutes(1), TimeSpan.FromHours(24))
            .WithMessage("DirectLine:TokenLifetime must be between 00:01:00 and 1.00:00:00.");

        RuleFor(o => o.ResumeWindow)
            .GreaterThanOrEqualTo(TimeSpan.Zero)
            .WithMessage("DirectLine:ResumeWindow cannot be negative; use 00:00:00 to never resume with an old token.");

        RuleFor(o => o.SigningKey)
            .Must(BeABase64KeyOfAtLeast32Bytes)
            .When(o => !string.IsNullOrWhiteSpace(o.SigningKey))
            .WithMessage("DirectLine:SigningKey must be base64 of at least 32 random bytes "
                + "(for example the output of `openssl rand -base64 32`), or empty for a per-process key.");

        RuleFor(o => o.MaxActivitiesPerConversation)
            .InclusiveBetween(10, 100_000)
            .WithMessage("DirectLine:MaxActivitiesPerConversation must be between 10 and 100000.");
    }

    private static bool BeAnAbsoluteHttpUri(Uri? uri) =>
        uri is { IsAbsoluteUri: true } && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static bool BeABase64KeyOfAtLeast32Bytes(string? key)
    {
        var buffer = new byte[((key?.Length ?? 0) * 3 / 4) + 3];
        return Convert.TryFromBase64String(key ?? string.Empty, buffer, out var written) && written >= MinimumKeyBytes;
    }
}
