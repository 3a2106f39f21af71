using ChatBot.Dialogs.Runtime.State;

namespace ChatBot.Dialogs.Runtime.Prompts;

/// <summary>Reads a stored prompt instance, for tests and diagnostics.</summary>
public static class PromptState
{
    internal const string AttemptsKey = "attempts";

    /// <summary>How many answers the prompt stored in <paramref name="instance"/> has received.</summary>
    public static int GetAttemptCount(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);

        return instance.State.GetInt32(AttemptsKey);
    }
}
