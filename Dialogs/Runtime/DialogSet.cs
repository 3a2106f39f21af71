using ChatBot.Dialogs.Runtime.State;
using Microsoft.Bot.Builder;

namespace ChatBot.Dialogs.Runtime;

/// <summary>The dialogs one stack can begin, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private readonly IStatePropertyAccessor<DialogState>? _accessor;

    public DialogSet()
    {
    }

    /// <summary>A set whose stack lives in <paramref name="accessor"/>.</summary>
    public DialogSet(IStatePropertyAccessor<DialogState> accessor)
    {
        ArgumentNullException.ThrowIfNull(accessor);

        _accessor = accessor;
    }

    public IEnumerable<Dialog> All => _dialogs.Values;

    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);

        if (_dialogs.TryGetValue(dialog.Id, out var existing) && !ReferenceEquals(existing, dialog))
        {
            throw new InvalidOperationException(
                $"A different dialog with id '{dialog.Id}' is already in this set. Give each dialog a unique id.");
        }

        _dialogs[dialog.Id] = dialog;
        return this;
    }

    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    public DialogContext CreateContext(ITurnContext turnContext, DialogState state)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);

        return new DialogContext(this, turnContext, state);
    }

    /// <summary>Loads the stack from the accessor given at construction and returns a context over it.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_accessor is null)
        {
            throw new InvalidOperationException(
                "This DialogSet has no state accessor. Construct it with a ConversationState property accessor, " +
                "or call CreateContext with a DialogState you loaded yourself.");
        }

        var state = await _accessor.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        return new DialogContext(this, turnContext, state);
    }
}
