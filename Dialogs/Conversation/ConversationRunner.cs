using ChatBot.Dialogs.Main;
using ChatBot.Dialogs.Runtime;
using ChatBot.Dialogs.Runtime.Errors;
using ChatBot.Dialogs.Runtime.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatBot.Dialogs.Conversation;

/// <summary>
/// What the bot's activity handler calls: <see cref="RunAsync"/> for each message, <see cref="WelcomeBackAsync"/>
/// for the host's welcome when a person joins. It keeps the user profile, runs the main dialog, saves state, and
/// turns a failing step into an apology and a clean stack (bug B12) instead of an error for the adapter.
/// </summary>
public sealed class ConversationRunner
{
    private readonly MainDialog _main;
    private readonly ChatBotState _state;
    private readonly DialogTurnRecovery _recovery;

    public ConversationRunner(MainDialog main, ChatBotState state, DialogTurnRecovery recovery)
    {
        ArgumentNullException.ThrowIfNull(main);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(recovery);

        _main = main;
        _state = state;
        _recovery = recovery;
    }

    /// <summary>Runs one message turn; the dialog result, or null for a non-message or a failed turn.</summary>
    public async Task<DialogTurnResult?> RunAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);

        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            return null;
        }

        try
        {
            (await _state.GetProfileAsync(turnContext, cancellationToken)).MessageCount++;
            var result = await _main.RunAsync(turnContext, _state.DialogState, cancellationToken);
            await _state.SaveAsync(turnContext, cancellationToken);
            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await _recovery.RecoverAsync(turnContext, ex, cancellationToken);
            return null;
        }
    }

    /// <summary>
    /// The welcome for the sender when they have talked to the bot before ("Welcome back, Sam! Last time we
    /// talked about ..."), else null: for a host that greets joins itself.
    /// </summary>
    public async Task<string?> WelcomeBackAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);

        var profile = await _state.GetProfileAsync(turnContext, cancellationToken);
        return profile.MessageCount > 0 || profile.Name is not null ? WelcomeBackText(profile) : null;
    }

    /// <summary>
    /// Asks the active question again without changing any state: for a turn the input validation rejected
    /// while a prompt was waiting (bug B06). Does nothing when no dialog is active.
    /// </summary>
    public async Task RepromptAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);

        var state = await _state.DialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        await new DialogSet().Add(_main).CreateContext(turnContext, state).RepromptDialogAsync(cancellationToken);
    }

    private static string WelcomeBackText(UserProfile profile)
    {
        var name = profile.Name is null ? "" : $", {profile.Name}";
        var topic = profile.LastTopicTitle is null ? "" : $" Last time we talked about \"{profile.LastTopicTitle}\".";
        return $"Welcome back{name}!{topic} What can I help you with today?";
    }
}
