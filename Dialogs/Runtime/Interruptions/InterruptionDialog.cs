using ChatBot.Dialogs.Runtime.Components;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Dialogs.Runtime.Interruptions;

/// <summary>
/// A component dialog that handles "help", "cancel" and "start over" before any inner dialog sees the
/// message, at any depth: flows built inside it need no code of their own for these.
/// </summary>
public class InterruptionDialog : ComponentDialog
{
    public InterruptionDialog(string dialogId)
        : base(dialogId)
    {
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(
        DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);

        var activity = innerDc.Context.Activity;
        var interruption = activity.Type == ActivityTypes.Message
            ? InterruptionRecognizer.Recognize(activity.Text)
            : Interruption.None;

        switch (interruption)
        {
            case Interruption.Help:
                await innerDc.Context.SendActivityAsync(MessageFactory.Text(HelpText(innerDc)), cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;

            case Interruption.Cancel:
                var where = Where(innerDc);
                var what = where.Count > 0 ? where[0] : null;
                var root = innerDc;
                while (root.Parent is not null)
                {
                    root = root.Parent;
                }

                await root.CancelAllDialogsAsync(cancellationToken);
                await innerDc.Context.SendActivityAsync(MessageFactory.Text(CancelText(what)), cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);

            case Interruption.StartOver:
                var options = GetComponentInstance(innerDc) is { } instance ? GetBeginOptions<JToken>(instance) : null;
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await innerDc.Context.SendActivityAsync(MessageFactory.Text(StartOverText()), cancellationToken);
                return await OnBeginDialogAsync(innerDc, options, cancellationToken);

            case Interruption.None:
            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    /// <summary>"help": where the user is, and what they can say.</summary>
    protected virtual string HelpText(DialogContext innerDc)
    {
        ArgumentNullException.ThrowIfNull(innerDc);

        var where = Where(innerDc);
        var place = where.Count == 0 ? "" : $"We're in the middle of {string.Join(": ", where)}. ";
        return place + "Answer the question below to carry on, say \"start over\" to begin this again, " +
            "or \"cancel\" to stop.";
    }

    protected virtual string CancelText(string? what) =>
        what is null
            ? "OK, I've cancelled that. Ask me anything whenever you're ready."
            : $"OK, I've cancelled {what}. Ask me anything whenever you're ready.";

    protected virtual string StartOverText() => "OK, let's start over.";

    private List<string> Where(DialogContext innerDc)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(Description))
        {
            parts.Add(Description);
        }

        parts.AddRange(innerDc.Describe());
        return parts;
    }
}
