using ChatBot.Answers;
using ChatBot.Answers.Feedback;
using ChatBot.Dialogs.Answering;
using ChatBot.Dialogs.Handoff;
using ChatBot.Dialogs.Main;
using ChatBot.Dialogs.Runtime.Errors;
using ChatBot.Dialogs.Validation;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ChatBot.Dialogs.Conversation;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the conversation dialogs and <see cref="ConversationRunner"/>, the turn input validation,
    /// and in-memory ticket and feedback stores unless others are registered. Needs an <see cref="IStorage"/>
    /// (or ConversationState and UserState) and an IAnswerEngine from the host.
    /// </summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new ConversationState(StorageOf(sp)));
        services.TryAddSingleton(sp => new UserState(StorageOf(sp)));
        services.TryAddSingleton<ITicketStore, InMemoryTicketStore>();
        services.TryAddSingleton<IAnswerFeedbackStore, InMemoryAnswerFeedbackStore>();

        services.TryAddSingleton<ChatBotState>();
        services.TryAddSingleton(sp => new DialogTurnRecovery(
            sp.GetRequiredService<ConversationState>(),
            sp.GetRequiredService<ChatBotState>().DialogState,
            sp.GetRequiredService<ILogger<DialogTurnRecovery>>()));
        services.TryAddSingleton<AnswerFeedbackRecorder>();
        services.TryAddSingleton<IAnswerPresenter, TextAnswerPresenter>();
        services.TryAddSingleton(sp => new AnswerDialog(
            sp.GetRequiredService<IAnswerEngine>(),
            sp.GetRequiredService<ChatBotState>(),
            sp.GetRequiredService<AnswerFeedbackRecorder>(),
            sp.GetRequiredService<IAnswerPresenter>()));
        services.TryAddSingleton<HandoffDialog>();
        services.TryAddSingleton<MainDialog>();
        services.TryAddSingleton<ConversationRunner>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRejectedTurnHandler, RepromptOnRejectedTurn>());
        services.AddTurnInputValidation();
        return services;
    }

    private static IStorage StorageOf(IServiceProvider services) =>
        services.GetService<IStorage>() ?? throw new InvalidOperationException(
            "AddDialogs needs an IStorage for conversation and user state. Register one (the Redis store, or " +
            "MemoryStorage for development) before the bot handles a turn.");
}
