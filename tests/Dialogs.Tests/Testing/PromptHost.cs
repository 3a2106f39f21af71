using ChatBot.Dialogs.Runtime;
using ChatBot.Dialogs.Runtime.Components;
using ChatBot.Dialogs.Runtime.Prompts;
using ChatBot.Dialogs.Runtime.Waterfall;
using Microsoft.Bot.Builder;

namespace ChatBot.Dialogs.Tests.Testing;

/// <summary>Hosts one prompt in a two-step waterfall that echoes the result as "result:&lt;value&gt;".</summary>
public static class PromptHost
{
    public static Dialog Create(Dialog prompt, PromptOptions options, Func<object?, string>? format = null)
    {
        ArgumentNullException.ThrowIfNull(prompt);

        var host = new ComponentDialog("host");
        host.AddDialog(new WaterfallDialog("host.steps",
        [
            (step, ct) => step.PromptAsync(prompt.Id, options, ct),
            async (step, ct) =>
            {
                var text = format is null
                    ? Convert.ToString(step.Result, System.Globalization.CultureInfo.InvariantCulture)
                    : format(step.Result);
                await step.Context.SendActivityAsync($"result:{text}", cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]));
        host.AddDialog(prompt);
        return host;
    }

    public static PromptOptions Ask(string text, string? retry = null) => new()
    {
        Prompt = MessageFactory.Text(text),
        RetryPrompt = retry is null ? null : MessageFactory.Text(retry),
    };
}
