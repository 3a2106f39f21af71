using ChatBot.Dialogs.Answering;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Handoff;
using ChatBot.Dialogs.Runtime;
using ChatBot.Dialogs.Runtime.Input;
using ChatBot.Dialogs.Runtime.Interruptions;
using ChatBot.Dialogs.Runtime.Waterfall;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace ChatBot.Dialogs.Main;

/// <summary>
/// The bot's root dialog. Routes each new message: "talk to a person" to the handoff, a stated language to
/// the profile, everything else to the answer flow (which also does small talk). As an interruption
/// dialog it handles "help", "cancel" and "start over" for every flow inside it.
/// </summary>
public sealed class MainDialog : InterruptionDialog
{
    public const string DialogId = "main";

    private const string RouteId = "main.route";

    private readonly ChatBotState _state;
    private readonly AnswerFeedbackRecorder _feedback;
    private readonly ILogger<MainDialog> _logger;

    public MainDialog(AnswerDialog answer, HandoffDialog handoff, ChatBotState state, AnswerFeedbackRecorder feedback,
        ILogger<MainDialog> logger)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(handoff);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(feedback);
        ArgumentNullException.ThrowIfNull(logger);

        _state = state;
        _feedback = feedback;
        _logger = logger;

        AddDialog(new WaterfallDialog(RouteId, [RouteAsync, AfterFlowAsync]));
        AddDialog(answer);
        AddDialog(handoff);
    }

    /// <summary>Keeps the message that began the conversation's flow, so "start over" can route it again.</summary>
    public override Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        return base.BeginDialogAsync(dc, options ?? new RouteOptions(TurnText.Of(dc.Context.Activity)),
            cancellationToken);
    }

    private async Task<DialogTurnResult> RouteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var activity = step.Context.Activity;
        var text = step.GetOptions<RouteOptions>()?.Text ?? TurnText.Of(activity);
        if (text.Length == 0 || activity.Value is not null)
        {
            return await HandleCardOrFileAsync(step, cancellationToken);
        }

        if (Intents.StatedLanguage(text) is { } language)
        {
            (await _state.GetProfileAsync(step.Context, cancellationToken)).PreferredLanguage = language;
            DialogLog.Routed(_logger, activity.Conversation.Id, "language");
            await step.Context.SendActivityAsync(MessageFactory.Text(
                $"Noted: you prefer {Intents.LanguageName(language)}. I'll remember that; for now I can only " +
                "answer in English. What can I help you with?"), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (Intents.IsHandoff(text))
        {
            DialogLog.Routed(_logger, activity.Conversation.Id, HandoffDialog.DialogId);
            return await step.BeginDialogAsync(HandoffDialog.DialogId, new HandoffOptions(), cancellationToken);
        }

        DialogLog.Routed(_logger, activity.Conversation.Id, AnswerDialog.DialogId);
        return await step.BeginDialogAsync(AnswerDialog.DialogId, new AnswerOptions(text), cancellationToken);
    }

    private static async Task<DialogTurnResult> AfterFlowAsync(
        WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is Reroute reroute)
        {
            return await step.ReplaceDialogAsync(RouteId, new RouteOptions(reroute.Text), cancellationToken);
        }

        return await step.EndDialogAsync(step.Result, cancellationToken);
    }

    // Card data or a file with nothing waiting for it: a late "did that help?" click, another card's submit
    // (its text, if any, is only a caption), or an upload.
    private async Task<DialogTurnResult> HandleCardOrFileAsync(
        WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var activity = step.Context.Activity;
        var verdict = AnswerReplies.ReadVerdict(activity.Value);
        var answerId = CardValue.GetString(activity.Value, AnswerReplies.AnswerIdProperty);
        if (verdict is { } helpful && answerId is not null)
        {
            await _feedback.RecordAsync(step.Context, answerId, helpful, cancellationToken);
        }
        else if (activity.Value is not null)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(
                "Thanks, I've got that. Is there anything else I can help you with?"), cancellationToken);
        }
        else if (activity.Attachments is { Count: > 0 })
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(
                "Thanks for the file. I can only read typed questions; type \"talk to a person\" and our support " +
                "team will follow up with you."), cancellationToken);
        }
        else
        {
            await step.Context.SendActivityAsync(MessageFactory.Text("Please type your question."),
                cancellationToken);
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }
}
