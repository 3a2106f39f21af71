using ChatBot.Dialogs.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatBot.Bot.Activities;

/// <summary>
/// Welcomes each person once per conversation and introduces the bot once to a shared conversation,
/// however often and in whatever split the channel reports the joins (cases/bugs B02).
/// </summary>
public sealed partial class Greeter
{
    private const string WelcomeProperty = "Welcome";

    private readonly IStatePropertyAccessor<WelcomeState> _welcome;
    private readonly ConversationRunner _conversation;
    private readonly ILogger<Greeter> _logger;

    public Greeter(ConversationState conversationState, ConversationRunner conversation, ILogger<Greeter> logger)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(conversation);

        _welcome = conversationState.CreateProperty<WelcomeState>(WelcomeProperty);
        _conversation = conversation;
        _logger = logger;
    }

    /// <summary>Greets the people in <paramref name="membersAdded"/> not yet greeted here; never the bot.</summary>
    public async Task GreetAsync(
        ITurnContext turnContext, IEnumerable<ChannelAccount> membersAdded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(membersAdded);

        var state = await _welcome.GetAsync(turnContext, () => new WelcomeState(), cancellationToken);
        var botId = turnContext.Activity.Recipient?.Id;

        foreach (var member in membersAdded)
        {
            if (string.IsNullOrEmpty(member?.Id))
            {
                continue;
            }

            if (member.Id == botId)
            {
                await IntroduceToSharedConversationAsync(turnContext, state, cancellationToken);
                continue;
            }

            if (state.Greeted.Contains(member.Id))
            {
                continue;
            }

            state.Greeted.Add(member.Id);
            Log.Welcomed(_logger, turnContext.Activity.ChannelId);

            // User state belongs to the sender: only a person who joined by themselves can be welcomed back.
            var welcomeBack = member.Id == turnContext.Activity.From?.Id
                ? await _conversation.WelcomeBackAsync(turnContext, cancellationToken)
                : null;
            await turnContext.SendActivityAsync(
                welcomeBack is null ? Welcome(member.Name) : MessageFactory.Text(welcomeBack), cancellationToken);
        }
    }

    /// <summary>Introduces the bot after an install, unless this conversation already heard from it.</summary>
    public async Task IntroduceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);

        var state = await _welcome.GetAsync(turnContext, () => new WelcomeState(), cancellationToken);
        if (state.Introduced || state.Greeted.Count > 0)
        {
            return;
        }

        state.Introduced = true;
        if (turnContext.Activity.From?.Id is { Length: > 0 } installer && IsPersonal(turnContext.Activity))
        {
            // In a personal chat the installer is the whole audience: the intro is their welcome.
            state.Greeted.Add(installer);
        }

        Log.Introduced(_logger, turnContext.Activity.ChannelId);
        await turnContext.SendActivityAsync(Introduction, cancellationToken: cancellationToken);
    }

    private async Task IntroduceToSharedConversationAsync(
        ITurnContext turnContext, WelcomeState state, CancellationToken cancellationToken)
    {
        // The bot joining a one-to-one chat is not an event for the user; the user's own join is.
        var type = turnContext.Activity.Conversation?.ConversationType;
        if (state.Introduced || type is not ("channel" or "groupChat"))
        {
            return;
        }

        state.Introduced = true;
        Log.Introduced(_logger, turnContext.Activity.ChannelId);
        await turnContext.SendActivityAsync(Introduction, cancellationToken: cancellationToken);
    }

    private static bool IsPersonal(Activity activity) =>
        activity.Conversation?.ConversationType is null or "personal";

    private const string Introduction =
        "Hello! I'm the Larkspur Cloud support bot. Mention me with a question about plans, billing, storage, "
        + "sharing or your account, and I'll answer from our help center.";

    private static Activity Welcome(string? name)
    {
        var greeting = string.IsNullOrWhiteSpace(name) ? "Hi!" : $"Hi {name.Trim()}!";
        return MessageFactory.Text(
            $"{greeting} I'm the Larkspur Cloud support bot. Ask me anything about plans, billing, storage, "
            + "sharing or your account. Type \"talk to a person\" at any time to reach our support team.");
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 2101, EventName = "Welcomed", Level = LogLevel.Debug,
            Message = "Welcomed a new member on {ChannelId}")]
        public static partial void Welcomed(ILogger logger, string channelId);

        [LoggerMessage(EventId = 2102, EventName = "Introduced", Level = LogLevel.Debug,
            Message = "Introduced the bot on {ChannelId}")]
        public static partial void Introduced(ILogger logger, string channelId);
    }
}
