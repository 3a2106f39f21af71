using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatBot.Storage.Transcripts.Writing;

/// <summary>
/// Records a turn in the transcript, in place of the SDK's TranscriptLoggerMiddleware and with its behaviour: the
/// incoming activity (given the user role when it has none), every activity sent once the send succeeded (bot
/// role), updates as <c>messageUpdate</c> and deletes as <c>messageDelete</c>, a generated <c>g_</c> id and the
/// current time where the activity has none. Unlike the SDK's, it serialises each activity once, the moment it is
/// logged, straight into the queued record (no JSON clone first), and queues it then rather than at the end of
/// the turn, so a send or a turn that fails later loses nothing logged before it.
/// </summary>
public sealed class TranscriptMiddleware : IMiddleware
{
    private static readonly TranscriptCapture Incoming = new(FillId: true);
    private static readonly TranscriptCapture Sent = new(RoleTypes.Bot, FillId: true);
    private static readonly TranscriptCapture Updated = new(RoleTypes.Bot, ActivityTypes.MessageUpdate, true);
    private static readonly TranscriptCapture Deleted = new(RoleTypes.Bot, FillId: true);

    private readonly QueuedTranscriptLogger _logger;

    internal TranscriptMiddleware(QueuedTranscriptLogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);

        _logger = logger;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);

        if (turnContext.Activity is { } incoming)
        {
            // Set on the turn's own activity, as the SDK's middleware does: the bot may read the role later.
            incoming.From ??= new ChannelAccount();
            if (string.IsNullOrEmpty(incoming.From.Role))
            {
                incoming.From.Role = RoleTypes.User;
            }

            await _logger.LogAsync(incoming, Incoming);
        }

        turnContext.OnSendActivities(OnSendAsync);
        turnContext.OnUpdateActivity(OnUpdateAsync);
        turnContext.OnDeleteActivity(OnDeleteAsync);
        await next(cancellationToken);
    }

    private async Task<ResourceResponse[]> OnSendAsync(
        ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next)
    {
        // Only what the channel accepted belongs in the transcript: a send that throws is not recorded.
        var responses = await next();
        foreach (var activity in activities)
        {
            await _logger.LogAsync(activity, Sent);
        }

        return responses;
    }

    private async Task<ResourceResponse> OnUpdateAsync(
        ITurnContext turnContext, Activity activity, Func<Task<ResourceResponse>> next)
    {
        var response = await next();
        await _logger.LogAsync(activity, Updated);
        return response;
    }

    private async Task OnDeleteAsync(
        ITurnContext turnContext, ConversationReference reference, Func<Task> next)
    {
        await next();
        var deleted = new Activity(ActivityTypes.MessageDelete) { Id = reference.ActivityId }
            .ApplyConversationReference(reference, isIncoming: false);
        await _logger.LogAsync(deleted, Deleted);
    }
}
