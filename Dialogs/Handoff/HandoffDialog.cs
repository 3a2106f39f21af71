using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Handoff.Validation;
using ChatBot.Dialogs.Runtime;
using ChatBot.Dialogs.Runtime.Choices;
using ChatBot.Dialogs.Runtime.Components;
using ChatBot.Dialogs.Runtime.Input;
using ChatBot.Dialogs.Runtime.Prompts;
using ChatBot.Dialogs.Runtime.Waterfall;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace ChatBot.Dialogs.Handoff;

/// <summary>
/// Hands the user to a person: name, email, category, description, confirmation, then a support ticket
/// whose number the user is shown. "help", "cancel" and "start over" work at every step (main dialog).
/// </summary>
public sealed class HandoffDialog : ComponentDialog
{
    public const string DialogId = "handoff";

    private const string NamePrompt = "handoff.name";
    private const string EmailPrompt = "handoff.email";
    private const string CategoryPrompt = "handoff.category";
    private const string DescriptionPrompt = "handoff.description";
    private const string ConfirmPromptId = "handoff.confirm";

    private readonly ChatBotState _state;
    private readonly ITicketStore _tickets;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<HandoffDialog> _logger;

    public HandoffDialog(
        ChatBotState state, ITicketStore tickets, TimeProvider timeProvider, ILogger<HandoffDialog> logger)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);

        _state = state;
        _tickets = tickets;
        _timeProvider = timeProvider;
        _logger = logger;
        Description = "your request to talk to a person";

        AddDialog(new WaterfallDialog("handoff.steps",
            [AskNameAsync, AskEmailAsync, AskCategoryAsync, AskDescriptionAsync, ConfirmAsync, CreateTicketAsync]));
        AddDialog(new TextPrompt(NamePrompt, new NameValidator()));
        AddDialog(new TextPrompt(EmailPrompt, new EmailValidator()));
        AddDialog(new ChoicePrompt(CategoryPrompt));
        AddDialog(new TextPrompt(DescriptionPrompt, new DescriptionValidator()));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
    }

    private async Task<DialogTurnResult> AskNameAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = await _state.GetProfileAsync(step.Context, cancellationToken);
        var intro = profile.Name is null
            ? "I'll pass this on to a person. I need a few details first; say \"cancel\" at any time to stop."
            : $"I'll pass this on to a person, {profile.Name}. I need a few details first; say \"cancel\" to stop.";
        await step.Context.SendActivityAsync(MessageFactory.Text(intro), cancellationToken);

        if (profile.Name is { } known)
        {
            return await step.NextAsync(known, cancellationToken);
        }

        return await step.PromptAsync(NamePrompt, Ask(
            "What's your name?", "Please type your name, for example Sam Example.",
            "I'm asking for your name, so the support team knows who you are",
            "I still couldn't read a name, so I've stopped the request. Type \"talk to a person\" to try again."),
            cancellationToken);
    }

    private async Task<DialogTurnResult> AskEmailAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("name", (string)step.Result!);

        return await step.PromptAsync(EmailPrompt, Ask(
            "Which email address should the person reply to?", "Please type your email address, like name@example.com.",
            "I'm asking for your email address, so a person can reply to you",
            "I still couldn't read an email address, so I've stopped the request. " +
            "Type \"talk to a person\" to try again."),
            cancellationToken);
    }

    private static async Task<DialogTurnResult> AskCategoryAsync(
        WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("email", (string)step.Result!);

        var options = Ask("What is it about?", "Please pick one of these.",
            "I'm asking which area the problem is in, so it reaches the right team", null);
        options.Choices = [.. HandoffCategories.All];
        options.ValueProperty = "category";
        return await step.PromptAsync(CategoryPrompt, options, cancellationToken);
    }

    private async Task<DialogTurnResult> AskDescriptionAsync(
        WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("category", ((FoundChoice)step.Result!).Value);

        // A ticket card can carry the description with the category (bug B04's submit): use it, when it is valid.
        var fromCard = InputText.Normalize(CardValue.GetString(step.Context.Activity.Value, "summary")
            ?? CardValue.GetString(step.Context.Activity.Value, "description"));
        if ((await new DescriptionValidator().ValidateAsync(fromCard, cancellationToken)).IsValid)
        {
            return await step.NextAsync(fromCard, cancellationToken);
        }

        var question = step.GetOptions<HandoffOptions>()?.Question;
        var ask = question is null
            ? "Please describe the problem in a sentence or two."
            : $"Please describe the problem in a sentence or two. (You asked me: \"{question}\")";
        var options = Ask(ask, $"Please describe the problem in {DescriptionValidator.MinLength} to " +
            $"{DescriptionValidator.MaxLength:N0} characters.", "I'm asking you to describe the problem", null);
        options.ValueProperty = "description";
        return await step.PromptAsync(DescriptionPrompt, options, cancellationToken);
    }

    private async Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("description", (string)step.Result!);

        var summary = $"Here's your request:\n\n- Name: {step.Values.GetString("name")}\n" +
            $"- Email: {step.Values.GetString("email")}\n- Category: {step.Values.GetString("category")}\n" +
            $"- Description: {step.Values.GetString("description")}\n\nShall I send it to our support team?";
        return await step.PromptAsync(ConfirmPromptId, Ask(summary, "Please answer yes or no: shall I send it?",
            "I'm asking you to check your request before I send it", null), cancellationToken);
    }

    private async Task<DialogTurnResult> CreateTicketAsync(
        WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(
                "OK, I haven't sent anything. Ask me a question, or type \"talk to a person\" to start again."),
                cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var activity = step.Context.Activity;
        var ticket = await _tickets.CreateAsync(new SupportTicket
        {
            ChannelId = activity.ChannelId,
            ConversationId = activity.Conversation.Id,
            UserId = activity.From.Id,
            Name = step.Values.GetString("name")!,
            Email = step.Values.GetString("email")!,
            Category = step.Values.GetString("category")!,
            Description = step.Values.GetString("description")!,
            CreatedAt = _timeProvider.GetUtcNow(),
        }, cancellationToken);
        DialogLog.TicketCreated(_logger, ticket.Number, activity.Conversation.Id, ticket.Category);
        (await _state.GetProfileAsync(step.Context, cancellationToken)).Name = ticket.Name;

        await step.Context.SendActivityAsync(MessageFactory.Text(
            $"Done! Your ticket number is {ticket.Number}. A person will reply to {ticket.Email} by email."),
            cancellationToken);
        return await step.EndDialogAsync(ticket, cancellationToken);
    }

    private static PromptOptions Ask(string prompt, string retry, string help, string? giveUp) => new()
    {
        Prompt = MessageFactory.Text(prompt),
        RetryPrompt = MessageFactory.Text(retry),
        Help = help,
        GiveUpMessage = giveUp ?? "I still couldn't use that, so I've stopped the request. " +
            "Type \"talk to a person\" to try again.",
    };
}
