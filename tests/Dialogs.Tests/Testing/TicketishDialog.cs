using System.Globalization;
using ChatBot.Dialogs.Runtime.Choices;
using ChatBot.Dialogs.Runtime.Input;
using ChatBot.Dialogs.Runtime.Interruptions;
using ChatBot.Dialogs.Runtime.Prompts;
using ChatBot.Dialogs.Runtime.Waterfall;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ChatBot.Dialogs.Tests.Testing;

/// <summary>
/// The flow the bug reports B04/B12/B13 assume: a category choice, then a start date that a naive step
/// parses (and so throws on "31/02/2025", as in B12). Card data is kept as it came, to test B13.
/// </summary>
public sealed class TicketishDialog : InterruptionDialog
{
    public TicketishDialog()
        : base("ticketish")
    {
        Description = "your ticket";
        AddDialog(new WaterfallDialog("ticketish.steps",
        [
            (step, ct) => step.PromptAsync("category", new PromptOptions
            {
                Prompt = MessageFactory.Text("Which category?"),
                Choices = [new("Hardware"), new("Software"), new("Access")],
                ValueProperty = "category",
            }, ct),
            (step, ct) =>
            {
                step.Values.Set("category", ((FoundChoice)step.Result!).Value);
                if (CardValue.AsToken(step.Context.Activity.Value) is JObject card)
                {
                    step.Values.Set("card", card);
                }

                var ask = new PromptOptions { Prompt = MessageFactory.Text("When did it start?") };
                return step.PromptAsync("text", ask, ct);
            },
            async (step, ct) =>
            {
                var text = (string)step.Result!;
                if (text.StartsWith('{'))
                {
                    step.Values.Set("note", text);
                    await step.Context.SendActivityAsync("noted", cancellationToken: ct);
                    return ChatBot.Dialogs.Runtime.Dialog.EndOfTurn;
                }

                // Deliberately naive, like the step in bug B12: an impossible date throws.
                var started = DateTime.ParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture);
                await step.Context.SendActivityAsync($"started {started:yyyy-MM-dd}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("done", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));
        AddDialog(new ChoicePrompt("category"));
        AddDialog(new TextPrompt("text"));
    }
}
