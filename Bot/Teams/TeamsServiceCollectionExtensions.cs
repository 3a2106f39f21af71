using ChatBot.Answers.Feedback;
using ChatBot.Bot.Hosting;
using ChatBot.Dialogs.Answering;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// What the channels need beyond the activity handler: answer feedback (in memory unless a store is registered
    /// first), reply size limits, and retries of throttled sends on the connector's HTTP client.
    /// </summary>
    public static IServiceCollection AddChannelFeatures(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAnswerFeedbackStore, InMemoryAnswerFeedbackStore>();
        services.AddSingleton<AnswerFeedbackRecorder>();
        services.Replace(ServiceDescriptor.Singleton<IAnswerPresenter, ChannelAnswerPresenter>());
        services.AddBotMiddleware<ReplySizeMiddleware>(MiddlewareStage.Transcript - 1);

        // The SDK's connector clients come from the unnamed client of IHttpClientFactory.
        services.AddTransient<ConnectorThrottleRetryHandler>();
        services.AddHttpClient(Options.DefaultName).AddHttpMessageHandler<ConnectorThrottleRetryHandler>();
        return services;
    }
}
