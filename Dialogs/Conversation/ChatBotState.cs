using ChatBot.Dialogs.Runtime.State;
using Microsoft.Bot.Builder;

namespace ChatBot.Dialogs.Conversation;

/// <summary>The bot's state properties, created once, by name, in one place.</summary>
public sealed class ChatBotState
{
    public const string DialogStateProperty = "DialogState";
    public const string ConversationDataProperty = "ConversationData";
    public const string UserProfileProperty = "UserProfile";

    public ChatBotState(ConversationState conversationState, UserState userState)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(userState);

        ConversationState = conversationState;
        UserState = userState;
        DialogState = conversationState.CreateProperty<DialogState>(DialogStateProperty);
        Conversation = conversationState.CreateProperty<ConversationData>(ConversationDataProperty);
        Profile = userState.CreateProperty<UserProfile>(UserProfileProperty);
    }

    public ConversationState ConversationState { get; }

    public UserState UserState { get; }

    public IStatePropertyAccessor<DialogState> DialogState { get; }

    public IStatePropertyAccessor<ConversationData> Conversation { get; }

    public IStatePropertyAccessor<UserProfile> Profile { get; }

    public Task<ConversationData> GetConversationAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        GetTrackedAsync(Conversation, turnContext, () => new ConversationData(), cancellationToken);

    public Task<UserProfile> GetProfileAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        GetTrackedAsync(Profile, turnContext, () => new UserProfile(), cancellationToken);

    /// <summary>
    /// Reads a property and puts the typed object back into the turn's cache. A JSON store hands BotState
    /// a JObject, and BotState converts it anew on every read without caching the result: changes made to
    /// one read's object would otherwise be lost at save.
    /// </summary>
    private static async Task<T> GetTrackedAsync<T>(
        IStatePropertyAccessor<T> accessor,
        ITurnContext turnContext,
        Func<T> create,
        CancellationToken cancellationToken)
    {
        var value = await accessor.GetAsync(turnContext, create, cancellationToken);
        await accessor.SetAsync(turnContext, value, cancellationToken);
        return value;
    }

    /// <summary>Writes what changed this turn; unchanged state costs no write.</summary>
    public async Task SaveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await ConversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await UserState.SaveChangesAsync(turnContext, false, cancellationToken);
    }
}
