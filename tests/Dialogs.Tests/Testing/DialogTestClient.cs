using ChatBot.Dialogs.Runtime;
using ChatBot.Dialogs.Runtime.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Dialogs.Tests.Testing;

/// <summary>
/// Drives a dialog (or any turn handler) through <see cref="TestAdapter"/> one message at a time:
/// send, read the replies, inspect the turn result and the state as stored.
/// </summary>
public sealed class DialogTestClient
{
    public const string DialogStateProperty = "DialogState";

    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(10);
    private readonly BotCallbackHandler _callback;

    /// <summary>Runs <paramref name="dialog"/> with <see cref="DialogExtensions.RunAsync"/> on every turn.</summary>
    public DialogTestClient(
        Dialog dialog,
        IStorage? storage = null,
        string channelId = "test",
        string conversationId = "conversation-1",
        string? locale = "en-US",
        IEnumerable<IMiddleware>? middlewares = null)
        : this(storage, channelId, conversationId, locale, middlewares)
    {
        ArgumentNullException.ThrowIfNull(dialog);

        var accessor = ConversationState.CreateProperty<DialogState>(DialogStateProperty);
        _callback = async (turn, ct) =>
        {
            DialogTurnResult = await dialog.RunAsync(turn, accessor, ct);
            await ConversationState.SaveChangesAsync(turn, false, ct);
            await UserState.SaveChangesAsync(turn, false, ct);
        };
    }

    /// <summary>Runs an arbitrary turn handler (a runner or a bot) that shares this client's states.</summary>
    public DialogTestClient(
        Func<DialogTestClient, Func<ITurnContext, CancellationToken, Task<DialogTurnResult?>>> handlerFactory,
        IStorage? storage = null,
        string channelId = "test",
        string conversationId = "conversation-1",
        string? locale = "en-US",
        IEnumerable<IMiddleware>? middlewares = null)
        : this(storage, channelId, conversationId, locale, middlewares)
    {
        ArgumentNullException.ThrowIfNull(handlerFactory);

        var handler = handlerFactory(this);
        _callback = async (turn, ct) => DialogTurnResult = await handler(turn, ct);
    }

    private DialogTestClient(
        IStorage? storage,
        string channelId,
        string conversationId,
        string? locale,
        IEnumerable<IMiddleware>? middlewares)
    {
        Storage = storage ?? new JsonTextStorage();
        ConversationState = new ConversationState(Storage);
        UserState = new UserState(Storage);
        var reference = TestAdapter.CreateConversation(conversationId, "user-1", "bot-1");
        reference.ChannelId = channelId;
        Adapter = new TestAdapter(reference) { Locale = locale };
        foreach (var middleware in middlewares ?? [])
        {
            Adapter.Use(middleware);
        }

        _callback = (_, _) => Task.CompletedTask;
    }

    public TestAdapter Adapter { get; }

    public IStorage Storage { get; }

    public ConversationState ConversationState { get; }

    public UserState UserState { get; }

    /// <summary>The dialog turn result of the last turn (null when the handler returned none).</summary>
    public DialogTurnResult? DialogTurnResult { get; private set; }

    public string ChannelId => Adapter.Conversation.ChannelId;

    /// <summary>Sends a text message and returns the bot's first reply, or null when it sent none.</summary>
    public Task<T?> SendActivityAsync<T>(string text)
        where T : class, IActivity =>
        SendActivityAsync<T>(Adapter.MakeActivity(text));

    /// <summary>Sends any activity (card submit, attachment, update) and returns the first reply.</summary>
    public async Task<T?> SendActivityAsync<T>(IActivity activity)
        where T : class, IActivity
    {
        ArgumentNullException.ThrowIfNull(activity);

        // Replayed channel payloads join this client's conversation as this client's user.
        var message = (Activity)activity;
        message.Locale ??= Adapter.Locale;
        message.ChannelId = Adapter.Conversation.ChannelId;
        message.Conversation = Adapter.Conversation.Conversation;
        message.From = Adapter.Conversation.User;
        message.Recipient ??= Adapter.Conversation.Bot;
        await Adapter.ProcessActivityAsync(message, _callback, CancellationToken.None).WaitAsync(TurnTimeout);
        return GetNextReply<T>();
    }

    /// <summary>A message with no text carrying card data, as Teams and Web Chat send on Action.Submit.</summary>
    public Task<T?> SubmitCardAsync<T>(object value)
        where T : class, IActivity
    {
        var activity = Adapter.MakeActivity(null);
        activity.Value = value is string json ? JToken.Parse(json) : JToken.FromObject(value);
        return SendActivityAsync<T>(activity);
    }

    /// <summary>The next queued reply, or null.</summary>
    public T? GetNextReply<T>()
        where T : class, IActivity => Adapter.GetNextReply() as T;

    /// <summary>The texts of all queued replies, draining the queue.</summary>
    public IReadOnlyList<string> DrainReplies()
    {
        var texts = new List<string>();
        while (Adapter.GetNextReply() is IMessageActivity reply)
        {
            texts.Add(reply.Text ?? "");
        }

        return texts;
    }

    /// <summary>The conversation's dialog stack exactly as the store holds it.</summary>
    public async Task<DialogState> GetStoredDialogStateAsync()
    {
        var stored = await ReadStoredConversationAsync();
        return stored?[DialogStateProperty]?.ToObject<DialogState>() ?? new DialogState();
    }

    /// <summary>The conversation-state document as stored (null before the first save).</summary>
    public async Task<JObject?> ReadStoredConversationAsync()
    {
        var key = $"{ChannelId}/conversations/{Adapter.Conversation.Conversation.Id}";
        var items = await Storage.ReadAsync([key]);
        return items.TryGetValue(key, out var value) ? value as JObject ?? JObject.FromObject(value) : null;
    }

    /// <summary>The user-state document as stored (null before the first save).</summary>
    public async Task<JObject?> ReadStoredUserAsync()
    {
        var key = $"{ChannelId}/users/{Adapter.Conversation.User.Id}";
        var items = await Storage.ReadAsync([key]);
        return items.TryGetValue(key, out var value) ? value as JObject ?? JObject.FromObject(value) : null;
    }
}
