using Newtonsoft.Json;

namespace ChatBot.Dialogs.Runtime.State;

/// <summary>
/// A dialog stack as stored in conversation state. Every member is a concrete type, so the state
/// reads back the same from any JSON store without type names.
/// </summary>
public sealed class DialogState
{
    /// <summary>The stack, bottom first: the last instance is the active dialog.</summary>
    [JsonProperty("stack")]
    public List<DialogInstance> Stack { get; set; } = [];
}
