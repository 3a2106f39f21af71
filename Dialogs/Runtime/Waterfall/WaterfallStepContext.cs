using ChatBot.Dialogs.Runtime.Prompts;
using ChatBot.Dialogs.Runtime.State;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ChatBot.Dialogs.Runtime.Waterfall;

/// <summary>What a waterfall step sees: the previous step's result, the values collected so far, the options.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _parent;
    private readonly JToken? _options;
    private bool _nextCalled;

    internal WaterfallStepContext(
        WaterfallDialog parent,
        DialogContext dc,
        int index,
        DialogReason reason,
        object? result,
        DialogStateBag values,
        JToken? options)
    {
        _parent = parent;
        Dialog = dc;
        Index = index;
        Reason = reason;
        Result = result;
        Values = values;
        _options = options;
    }

    /// <summary>The dialog context the waterfall runs in.</summary>
    public DialogContext Dialog { get; }

    public ITurnContext Context => Dialog.Context;

    public int Index { get; }

    public DialogReason Reason { get; }

    /// <summary>What the previous step's prompt or child dialog returned (null on the first step).</summary>
    public object? Result { get; }

    /// <summary>Values the steps collect; they are stored with the dialog and survive restarts.</summary>
    public DialogStateBag Values { get; }

    /// <summary>The options the waterfall was begun with, converted to <typeparamref name="T"/>.</summary>
    public T? GetOptions<T>() => _options is null || _options.Type == JTokenType.Null
        ? default
        : _options.ToObject<T>(StateJson.Serializer);

    /// <summary>Skips to the next step in this turn, passing <paramref name="result"/> to it.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException(
                $"NextAsync was called twice in step {Index} of '{_parent.Id}'. Return the first call's result.");
        }

        _nextCalled = true;
        return _parent.RunStepAsync(Dialog, Index + 1, DialogReason.NextCalled, result, cancellationToken);
    }

    public Task<DialogTurnResult> BeginDialogAsync(
        string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        Dialog.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> PromptAsync(
        string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        Dialog.PromptAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(
        object? result = null, CancellationToken cancellationToken = default) =>
        Dialog.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync(
        string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        Dialog.ReplaceDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default) =>
        Dialog.CancelAllDialogsAsync(cancellationToken);
}
