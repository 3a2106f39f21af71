using ChatBot.Answers;
using ChatBot.Bot.Activities;
using ChatBot.Bot.Adapter;
using ChatBot.Bot.Endpoints;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Validation;
using ChatBot.Storage.Redis;
using ChatBot.Storage.Redis.Locking;
using ChatBot.Storage.Redis.RateLimiting;
using ChatBot.Storage.Redis.Turns;
using FluentValidation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Hosting;

/// <summary>Registration of the bot's parts, one method per concern.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>Channel authentication and the adapter that runs each turn through the middleware pipeline.</summary>
    public static IServiceCollection AddBotHosting(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotCredentialsOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidator<BotCredentialsOptions>, BotCredentialsValidator>();
        services.AddSingleton<IValidateOptions<BotCredentialsOptions>, FluentValidateOptions<BotCredentialsOptions>>();
        services.AddHostedService<CredentialsReport>();

        services.AddHttpClient();
        services.AddSingleton<BotFrameworkAuthentication>(sp => new ClientReusingAuthentication(
            new ConfigurationBotFrameworkAuthentication(
                configuration,
                httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
                logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>())));
        services.AddSingleton<ChatBotAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<ChatBotAdapter>());
        services.AddSingleton<BotAdapter>(sp => sp.GetRequiredService<ChatBotAdapter>());
        return services;
    }

    /// <summary>
    /// State store, turn lock, rate limiter and answer cache: in Redis when <c>ConnectionStrings:Redis</c> is set,
    /// in-process otherwise; with their middleware at the rate-limit and turn-lock stages and Redis in /readyz.
    /// </summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddRedisStorage(configuration, HealthApi.ReadyTag);
        services.AddSingleton(new BotMiddlewareRegistration(
            MiddlewareStage.RateLimit, sp => sp.GetRequiredService<RateLimitMiddleware>()));
        // With Redis, one middleware takes the lock, reads the state ahead and saves it in two pipelines (issue 8).
        services.AddSingleton(new BotMiddlewareRegistration(
            MiddlewareStage.TurnLock,
            sp => sp.GetService<RedisTurnMiddleware>()
                ?? (Microsoft.Bot.Builder.IMiddleware)sp.GetRequiredService<TurnLockMiddleware>()));
        return services;
    }

    /// <summary>
    /// Conversation and user state over the <see cref="IStorage"/> that <see cref="AddBotStorage"/> registers: Redis
    /// when configured, the in-process store otherwise.
    /// </summary>
    public static IServiceCollection AddBotState(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
        services.AddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>()));
        services.AddSingleton(new BotMiddlewareRegistration(MiddlewareStage.State, sp => new AutoSaveStateMiddleware(
            sp.GetRequiredService<ConversationState>(), sp.GetRequiredService<UserState>())));
        return services;
    }

    /// <summary>The activity handler and what it answers with.</summary>
    public static IServiceCollection AddBotConversation(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddAnswers(configuration);
        services.AddHealthChecks()
            .AddCheck<KnowledgeBaseHealthCheck>(KnowledgeBaseHealthCheck.Name, tags: [HealthApi.ReadyTag]);
        services.AddDialogs();
        services.AddSingleton(new BotMiddlewareRegistration(
            MiddlewareStage.InputValidation, sp => sp.GetRequiredService<TurnInputValidationMiddleware>()));
        services.AddSingleton<Greeter>();
        services.AddSingleton<IBot, Activities.ChatBot>();
        return services;
    }
}
