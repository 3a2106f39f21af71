using FluentValidation;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Dialogs.Validation;

public static class TurnInputServiceCollectionExtensions
{
    /// <summary>
    /// Registers the turn input validator and <see cref="TurnInputValidationMiddleware"/>, with limits from
    /// the "TurnInput" configuration section (checked at startup). The host adds the middleware to its
    /// adapter: <c>adapter.Use(services.GetRequiredService&lt;TurnInputValidationMiddleware&gt;())</c>.
    /// </summary>
    public static IServiceCollection AddTurnInputValidation(
        this IServiceCollection services, Action<TurnInputOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<TurnInputOptions>().BindConfiguration(TurnInputOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<IValidator<Activity>, TurnInputValidator>();
        services.TryAddSingleton<TurnInputValidationMiddleware>();
        return services;
    }
}
