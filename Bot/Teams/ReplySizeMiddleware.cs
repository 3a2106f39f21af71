using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatBot.Bot.Teams;

/// <summary>
/// Keeps every outgoing message under its channel's size limit (<see cref="ReplySplitter"/>), and when the channel
/// still refuses one as too large (413), sends a short note instead of failing silently (cases/bugs B09).
/// </summary>
public sealed partial class ReplySizeMiddleware(ILogger<ReplySizeMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public const string TooLargeNote =
        "That answer is too long to show here. Please ask about one part of it, or type \"talk to a person\".";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);

        turnContext.OnSendActivities(SendWithinLimitAsync);
        await next(cancellationToken);
    }

    private async Task<ResourceResponse[]> SendWithinLimitAsync(
        ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next)
    {
        var limit = ReplySizeLimit.For(turnContext.Activity.ChannelId);
        var shaped = activities.SelectMany(a => ReplySplitter.Split(a, limit)).ToList();
        if (shaped.Count != activities.Count)
        {
            Log.Split(logger, activities.Count, shaped.Count, limit);
            activities.Clear();
            activities.AddRange(shaped);
        }

        try
        {
            return await next();
        }
        catch (ErrorResponseException tooLarge) when (
            tooLarge.Response?.StatusCode == HttpStatusCode.RequestEntityTooLarge)
        {
            Log.RefusedAsTooLarge(logger, turnContext.Activity.ChannelId);
            var note = await turnContext.SendActivityAsync(TooLargeNote);
            return [note];
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3201, EventName = "ReplySplit", Level = LogLevel.Information,
            Message = "Split {Count} outgoing activities into {Parts} to stay under {Limit} bytes")]
        public static partial void Split(ILogger logger, int count, int parts, int limit);

        [LoggerMessage(EventId = 3202, EventName = "ReplyTooLarge", Level = LogLevel.Warning,
            Message = "{ChannelId} refused a reply as too large (413); sent a short note instead")]
        public static partial void RefusedAsTooLarge(ILogger logger, string channelId);
    }
}
