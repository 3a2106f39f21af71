using ChatBot.Dialogs.Runtime.Choices;
using ChatBot.Dialogs.Runtime.Interruptions;
using ChatBot.Dialogs.Runtime.Prompts;
using ChatBot.Dialogs.Runtime.Waterfall;
using Microsoft.Bot.Builder;

namespace ChatBot.Dialogs.Tests.Testing;

/// <summary>A four-question flow (text, number, choice, confirm) used to exercise the runtime.</summary>
public sealed class SurveyDialog : InterruptionDialog
{
    public SurveyDialog(Func<WaterfallStepContext, Task>? onSecondStep = null)
        : base("survey")
    {
        Description = "the survey";
        AddDialog(new WaterfallDialog("survey.steps",
        [
            async (step, ct) => await step.PromptAsync("name", new PromptOptions
            {
                Prompt = MessageFactory.Text("What's your name?"),
                Help = "I'm asking for your name",
            }, ct),
            async (step, ct) =>
            {
                if (onSecondStep is not null)
                {
                    await onSecondStep(step);
                }

                step.Values.Set("name", (string)step.Result!);
                return await step.PromptAsync("age", new PromptOptions
                {
                    Prompt = MessageFactory.Text("How old are you?"),
                    RetryPrompt = MessageFactory.Text("Please type your age in digits."),
                    Help = "I'm asking for your age",
                }, ct);
            },
            async (step, ct) =>
            {
                step.Values.Set("age", (int)step.Result!);
                return await step.PromptAsync("plan", new PromptOptions
                {
                    Prompt = MessageFactory.Text("Which plan?"),
                    Choices = [new("Free"), new("Team", "€8"), new("Business", "sso")],
                    ValueProperty = "plan",
                }, ct);
            },
            async (step, ct) =>
            {
                step.Values.Set("plan", ((FoundChoice)step.Result!).Value);
                return await step.PromptAsync("confirm", new PromptOptions
                {
                    Prompt = MessageFactory.Text("Shall I save that?"),
                }, ct);
            },
            async (step, ct) =>
            {
                var summary = $"{step.Values.GetString("name")}|{step.Values.GetInt32("age")}|" +
                    $"{step.Values.GetString("plan")}|{step.Result}";
                await step.Context.SendActivityAsync(summary, cancellationToken: ct);
                return await step.EndDialogAsync(summary, ct);
            },
        ]));
        AddDialog(new TextPrompt("name"));
        AddDialog(new NumberPrompt<int>("age", async (p, _) =>
        {
            await Task.CompletedTask;
            if (p.Recognized.Succeeded && p.Recognized.Value is < 1 or > 130)
            {
                p.FailureMessage = "That age is out of range.";
                return false;
            }

            return p.Recognized.Succeeded;
        }));
        AddDialog(new ChoicePrompt("plan"));
        AddDialog(new ConfirmPrompt("confirm"));
    }
}
