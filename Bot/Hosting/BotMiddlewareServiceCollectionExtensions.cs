using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace ChatBot.Bot.Hosting;

public static class BotMiddlewareServiceCollectionExtensions
{
    /// <summary>Adds <typeparamref name="TMiddleware"/> to the turn pipeline at <paramref name="stage"/>.</summary>
    public static IServiceCollection AddBotMiddleware<TMiddleware>(
        this IServiceCollection services,
        MiddlewareStage stage)
        where TMiddleware : class, IMiddleware
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddSingleton<TMiddleware>();
        services.AddSingleton(new BotMiddlewareRegistration(stage, sp => sp.GetRequiredService<TMiddleware>()));
        return services;
    }
}
