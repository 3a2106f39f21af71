using ChatBot.Storage.Redis.State;
using Microsoft.Bot.Builder;

namespace ChatBot.Storage.Redis.Locking;

/// <summary>
/// Holds the conversation's <see cref="ITurnLock"/> around the rest of the pipeline, so state is loaded, changed
/// and saved by one turn at a time (bug B10). Place it before the state middleware (DESIGN.md order).
/// </summary>
public sealed class TurnLockMiddleware : IMiddleware
{
    private readonly ITurnLock _turnLock;

    public TurnLockMiddleware(ITurnLock turnLock)
    {
        ArgumentNullException.ThrowIfNull(turnLock);

        _turnLock = turnLock;
    }

    public async Task OnTurnAsync(
        ITurnContext turnContext,
        NextDelegate next,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);

        var activity = turnContext.Activity;
        if (string.IsNullOrEmpty(activity?.Conversation?.Id) || string.IsNullOrEmpty(activity.ChannelId))
        {
            await next(cancellationToken);
            return;
        }

        var owner = BotStateKey.ConversationOwner(activity.ChannelId, activity.Conversation.Id);
        await using var lease = await _turnLock.AcquireAsync(owner, cancellationToken);
        await next(cancellationToken);
    }
}
