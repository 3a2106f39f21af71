using ChatBot.Answers;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Handoff;
using ChatBot.Dialogs.Main;
using ChatBot.Dialogs.Runtime;
using ChatBot.Dialogs.Runtime.Choices;
using ChatBot.Dialogs.Runtime.Components;
using ChatBot.Dialogs.Runtime.Input;
using ChatBot.Dialogs.Runtime.Prompts;
using ChatBot.Dialogs.Runtime.Waterfall;
using Microsoft.Bot.Builder;

namespace ChatBot.Dialogs.Answering;

/// <summary>
/// Answers one question from the knowledge base and follows up: "did that help?" after an answer, "did you
/// mean" buttons at middling confidence, an offer of a person when the bot does not know, and the plan
/// question when the answer depends on it. Follow-ups carry the conversation's topic and plan.
/// </summary>
public sealed class AnswerDialog : ComponentDialog
{
    public const string DialogId = "answer";

    private const string StepsId = "answer.steps";
    private const string FeedbackPrompt = "answer.feedback";
    private const string DidYouMeanPrompt = "answer.didyoumean";
    private const string OfferPrompt = "answer.offer";
    private const string PlanPrompt = "answer.plan";
    private const string StageKey = "stage";
    private const string NoneOfThese = "None of these";

    private readonly IAnswerEngine _engine;
    private readonly ChatBotState _state;
    private readonly AnswerFeedbackRecorder _feedback;
    private readonly IAnswerPresenter _presenter;

    public AnswerDialog(IAnswerEngine engine, ChatBotState state, AnswerFeedbackRecorder feedback)
        : this(engine, state, feedback, new TextAnswerPresenter())
    {
    }

    public AnswerDialog(
        IAnswerEngine engine, ChatBotState state, AnswerFeedbackRecorder feedback, IAnswerPresenter presenter)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(feedback);
        ArgumentNullException.ThrowIfNull(presenter);

        _engine = engine;
        _state = state;
        _feedback = feedback;
        _presenter = presenter;
        Description = "your question";

        AddDialog(new WaterfallDialog(StepsId, [AskAsync, FollowUpAsync, (step, ct) => step.EndDialogAsync(null, ct)]));
        AddDialog(new ChoicePrompt(FeedbackPrompt, SoftPrompts.AcceptAnything));
        AddDialog(new ChoicePrompt(DidYouMeanPrompt, SoftPrompts.AcceptAnything));
        AddDialog(new ConfirmPrompt(OfferPrompt, SoftPrompts.AcceptAnything));
        AddDialog(new ChoicePrompt(PlanPrompt, SoftPrompts.AcceptAnything));
    }

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<AnswerOptions>() ?? new AnswerOptions(TurnText.Of(step.Context.Activity));
        if (options.OfferPerson)
        {
            return await OfferPersonAsync(
                step, MessageFactory.Text("Would you like to talk to a person instead?"), cancellationToken);
        }

        var conversation = await _state.GetConversationAsync(step.Context, cancellationToken);
        var topic = Intents.ReadsAsFollowUp(options.Question) ? conversation.Topic : null;
        var answer = await _engine.AnswerAsync(
            new AnswerRequest(options.Question, options.Plan ?? conversation.Plan, topic), cancellationToken);
        return await PresentAsync(step, answer, conversation, cancellationToken);
    }

    private async Task<DialogTurnResult> PresentAsync(
        WaterfallStepContext step, Answer answer, ConversationData conversation, CancellationToken cancellationToken)
    {
        switch (answer.Kind)
        {
            case AnswerKind.SmallTalk:
                await step.Context.SendActivityAsync(
                    AnswerReplies.Answer(answer.Text, Answer.SmallTalkId, answer.Confidence), cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);

            case AnswerKind.Answered when answer.EntryId is { } entryId:
                var channelId = step.Context.Activity.ChannelId;
                var reply = _presenter.Present(answer, channelId);
                var sent = await step.Context.SendActivityAsync(reply, cancellationToken);
                await _presenter.AnswerSentAsync(step.Context, sent, answer, cancellationToken);
                await RememberTopicAsync(step, conversation, entryId, answer.Title, cancellationToken);
                if (_presenter.AsksForFeedback(channelId))
                {
                    return await step.EndDialogAsync(null, cancellationToken);
                }

                step.Values.Set(StageKey, FeedbackPrompt);
                step.Values.Set("answerId", entryId);
                return await step.PromptAsync(FeedbackPrompt, new PromptOptions
                {
                    Prompt = AnswerReplies.FeedbackQuestion(step.Context.Activity.ChannelId, entryId),
                    Choices = [.. AnswerReplies.FeedbackChoices],
                    Style = ListStyle.None,
                    ValueProperty = AnswerReplies.FeedbackProperty,
                    Help = "I'm asking whether my answer helped",
                }, cancellationToken);

            case AnswerKind.DidYouMean when answer.Candidates.Count > 0:
                step.Values.Set(StageKey, DidYouMeanPrompt);
                return await step.PromptAsync(DidYouMeanPrompt, new PromptOptions
                {
                    Prompt = AnswerReplies.Answer(answer.Text, null, answer.Confidence),
                    Choices = [.. answer.Candidates.Take(3).Select(c => new Choice(c.Title)), new(NoneOfThese, "none")],
                    ValueProperty = "choice",
                    Help = "I'm asking which of these questions you meant",
                }, cancellationToken);

            case AnswerKind.NeedsPlan when PlanChoices.For(answer.Candidates) is { Count: > 1 } variants:
                step.Values.Set(StageKey, PlanPrompt);
                return await step.PromptAsync(PlanPrompt, new PromptOptions
                {
                    Prompt = MessageFactory.Text(answer.Text),
                    RetryPrompt = MessageFactory.Text(
                        $"Please pick one: {string.Join(", ", variants.Select(v => v.Value))}."),
                    Choices = [.. variants],
                    ValueProperty = "plan",
                    Help = "I'm asking which plan you're on, because the answer depends on it",
                }, cancellationToken);

            default:
                // The engine's abstain text already offers a person; a yes/no prompt carries that offer.
                var text = answer.Kind == AnswerKind.Abstained ? answer.Text
                    : "Sorry, I don't know the answer to that one. Would you like to talk to a person?";
                return await OfferPersonAsync(
                    step, AnswerReplies.Answer(text, null, answer.Confidence), cancellationToken);
        }
    }

    private async Task<DialogTurnResult> FollowUpAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var question = step.GetOptions<AnswerOptions>()?.Question ?? "";
        var typed = TurnText.Of(step.Context.Activity);
        switch (step.Values.GetString(StageKey))
        {
            case FeedbackPrompt when AnswerReplies.ReadVerdict(step.Context.Activity.Value) is { } carried:
                await _feedback.RecordAsync(step.Context, step.Values.GetString("answerId")!, carried,
                    cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);

            case FeedbackPrompt when step.Result is FoundChoice verdict:
                await _feedback.RecordAsync(step.Context, step.Values.GetString("answerId")!, verdict.Index == 0,
                    cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);

            case DidYouMeanPrompt when step.Result is FoundChoice { Value: NoneOfThese }:
                return await step.ReplaceDialogAsync(StepsId, new AnswerOptions(question, true), cancellationToken);

            case DidYouMeanPrompt when step.Result is FoundChoice picked:
                return await step.ReplaceDialogAsync(StepsId, new AnswerOptions(picked.Value), cancellationToken);

            case OfferPrompt when step.Result is true:
                return await step.BeginDialogAsync(HandoffDialog.DialogId, new HandoffOptions(question),
                    cancellationToken);

            case OfferPrompt when step.Result is false:
                await step.Context.SendActivityAsync(
                    MessageFactory.Text("No problem. Ask me anything else whenever you like."), cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);

            case PlanPrompt when step.Result is FoundChoice plan:
                var variant = plan.Value.ToLowerInvariant();
                if (!PlanChoices.IsBillingCycle(variant))
                {
                    (await _state.GetConversationAsync(step.Context, cancellationToken)).Plan = variant;
                }

                return await step.ReplaceDialogAsync(StepsId, new AnswerOptions(question, Plan: variant),
                    cancellationToken);

            default:
                // The user ignored the buttons and typed something else: that is their next message.
                return await step.EndDialogAsync(typed.Length > 0 ? new Reroute(typed) : null, cancellationToken);
        }
    }

    private static async Task<DialogTurnResult> OfferPersonAsync(
        WaterfallStepContext step, Microsoft.Bot.Schema.Activity question, CancellationToken cancellationToken)
    {
        step.Values.Set(StageKey, OfferPrompt);
        return await step.PromptAsync(OfferPrompt, new PromptOptions
        {
            Prompt = question,
            Help = "I'm asking whether you'd like me to pass your question to a person",
        }, cancellationToken);
    }

    private async Task RememberTopicAsync(WaterfallStepContext step, ConversationData conversation, string entryId,
        string? title, CancellationToken cancellationToken)
    {
        conversation.Topic = entryId;
        var profile = await _state.GetProfileAsync(step.Context, cancellationToken);
        profile.LastTopic = entryId;
        profile.LastTopicTitle = title;
    }
}
