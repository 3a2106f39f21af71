using FluentValidation;

namespace ChatBot.Bot.Adapter;

/// <summary>
/// Refuses to start with a registration that cannot work: a mismatch here otherwise shows up only
/// later, as every reply failing with AADSTS700016 or 401 from the token service (cases/bugs B23).
/// </summary>
public sealed class BotCredentialsValidator : AbstractValidator<BotCredentialsOptions>
{
    private static readonly string[] KnownAppTypes =
        [BotCredentialsOptions.MultiTenant, BotCredentialsOptions.SingleTenant, BotCredentialsOptions.UserAssignedMsi];

    public BotCredentialsValidator()
    {
        RuleFor(o => o.EffectiveAppType)
            .Must(BeAKnownAppType)
            .WithMessage("MicrosoftAppType must be one of MultiTenant, SingleTenant or UserAssignedMSI.");

        RuleFor(o => o.MicrosoftAppId)
            .NotEmpty()
            .When(NeedsAnAppId)
            .WithMessage(o => $"MicrosoftAppType is {o.MicrosoftAppType}, which needs MicrosoftAppId: set it to the "
                + "app registration's client id, or clear MicrosoftAppType for local anonymous development.");

        RuleFor(o => o.MicrosoftAppPassword)
            .NotEmpty()
            .When(o => !o.IsAnonymous && o.EffectiveAppType != BotCredentialsOptions.UserAssignedMsi)
            .WithMessage("MicrosoftAppId is set but MicrosoftAppPassword is empty: add the registration's client "
                + "secret, or use MicrosoftAppType=UserAssignedMSI for a managed identity.");

        RuleFor(o => o.MicrosoftAppTenantId)
            .NotEmpty()
            .When(o => !o.IsAnonymous && o.EffectiveAppType != BotCredentialsOptions.MultiTenant)
            .WithMessage(o => $"MicrosoftAppType is {o.EffectiveAppType}, which needs MicrosoftAppTenantId: set it to "
                + "the tenant the app registration lives in.");

        RuleFor(o => o.MicrosoftAppTenantId)
            .Empty()
            .When(o => !o.IsAnonymous && o.EffectiveAppType == BotCredentialsOptions.MultiTenant)
            .WithMessage("MicrosoftAppTenantId is set but MicrosoftAppType is MultiTenant: a single-tenant "
                + "registration needs MicrosoftAppType=SingleTenant, otherwise every reply fails to get a token.");
    }

    private static bool BeAKnownAppType(string appType) =>
        KnownAppTypes.Contains(appType, StringComparer.OrdinalIgnoreCase);

    private static bool NeedsAnAppId(BotCredentialsOptions options) =>
        !string.IsNullOrWhiteSpace(options.MicrosoftAppType)
        && !string.Equals(options.MicrosoftAppType, BotCredentialsOptions.MultiTenant,
            StringComparison.OrdinalIgnoreCase);
}
