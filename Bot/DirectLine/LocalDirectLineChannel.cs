using System.Security.Claims;
using ChatBot.Bot.Adapter;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.DirectLine;

/// <summary>
/// The bot's side of a local Direct Line conversation: stamps what a client sends the way Azure's Direct Line
/// would (channel, ids, the token's user as sender) and runs the turn in process; the replies come back into
/// the conversation through <see cref="LocalConnectorFactory"/>.
/// </summary>
public sealed partial class LocalDirectLineChannel
{
    public const string ChannelId = "directline";
    public const string BotId = "chatbot";
    public const string BotName = "Larkspur Cloud Support";

    /// <summary>
    /// The serviceUrl of local conversations. Its host is reserved (.invalid, RFC 6761), so a call that slipped
    /// past the in-process connector could never reach another machine.
    /// </summary>
    public static readonly Uri ServiceUrl = new("http://directline.invalid/");

    private readonly ChatBotAdapter _adapter;
    private readonly IBot _bot;
    private readonly ConnectorFactory _connectors;
    private readonly ClaimsIdentity _identity;
    private readonly TimeProvider _time;
    private readonly ILogger<LocalDirectLineChannel> _logger;

    public LocalDirectLineChannel(
        ChatBotAdapter adapter,
        IBot bot,
        LocalConnectorFactory connectors,
        IOptions<BotCredentialsOptions> credentials,
        TimeProvider time,
        ILogger<LocalDirectLineChannel> logger)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(connectors);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(time);

        _adapter = adapter;
        _bot = bot;
        _connectors = connectors;
        _time = time;
        _logger = logger;

        // The turn is trusted as the channel would be after JWT validation; with an app id the claims carry it, so
        // the SDK builds the bot's own credentials (used only if the turn calls a token service).
        var appId = credentials.Value.MicrosoftAppId;
        _identity = string.IsNullOrWhiteSpace(appId)
            ? new ClaimsIdentity()
            : new ClaimsIdentity(
                [new Claim(AuthenticationConstants.AudienceClaim, appId),
                    new Claim(AuthenticationConstants.AppIdClaim, appId)],
                "LocalDirectLine");
    }

    /// <summary>Tells the bot that the user joined a new conversation, as Direct Line does on start.</summary>
    public Task StartAsync(LocalConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);

        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            Id = Guid.NewGuid().ToString("N"),
            MembersAdded = [Bot(), User(conversation)],
        };
        Log.ConversationStarted(_logger);
        return RunTurnAsync(conversation, update, cancellationToken);
    }

    /// <summary>Stores what the user sent (the echo clients wait for), then runs the bot's turn on it.</summary>
    public async Task<string> PostAsync(
        LocalConversation conversation,
        Activity activity,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activity);

        activity.Timestamp = _time.GetUtcNow();
        activity.ServiceUrl = ServiceUrl.ToString();
        activity.ChannelId = ChannelId;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.From = User(conversation, activity.From?.Name);
        activity.Recipient = Bot();
        var id = conversation.Append(activity);

        await RunTurnAsync(conversation, activity, cancellationToken);
        return id;
    }

    private async Task RunTurnAsync(
        LocalConversation conversation,
        Activity activity,
        CancellationToken cancellationToken)
    {
        // The stored copy is what clients read; the turn gets its own, which the middleware may change.
        var turn = Newtonsoft.Json.JsonConvert.DeserializeObject<Activity>(
            Newtonsoft.Json.JsonConvert.SerializeObject(activity))!;
        turn.Timestamp ??= _time.GetUtcNow();
        turn.ServiceUrl = ServiceUrl.ToString();
        turn.ChannelId = ChannelId;
        turn.Conversation ??= new ConversationAccount(id: conversation.Id);
        turn.From ??= User(conversation);
        turn.Recipient ??= Bot();

        await _adapter.ProcessInProcessActivityAsync(_identity, turn, _connectors, _bot.OnTurnAsync, cancellationToken);
    }

    private static ChannelAccount Bot() => new(BotId, BotName, RoleTypes.Bot);

    private static ChannelAccount User(LocalConversation conversation, string? name = null) =>
        new(conversation.UserId, string.IsNullOrWhiteSpace(name) ? null : name, RoleTypes.User);

    private static partial class Log
    {
        [LoggerMessage(EventId = 4001, EventName = "LocalConversationStarted", Level = LogLevel.Information,
            Message = "A local Direct Line conversation started")]
        public static partial void ConversationStarted(ILogger logger);
    }
}
