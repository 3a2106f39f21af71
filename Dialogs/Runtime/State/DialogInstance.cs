using Newtonsoft.Json;

namespace ChatBot.Dialogs.Runtime.State;

/// <summary>One dialog on the stack: which dialog it is and what it remembers between turns.</summary>
public sealed class DialogInstance
{
    [JsonProperty("id")]
    public string Id { get; set; } = "";

    /// <summary>The dialog's own values (step index, prompt options, attempt count, collected answers).</summary>
    [JsonProperty("state")]
    public DialogStateBag State { get; set; } = new();

    /// <summary>The inner stack of a component dialog; null for every other dialog.</summary>
    [JsonProperty("inner", NullValueHandling = NullValueHandling.Ignore)]
    public DialogState? Inner { get; set; }
}
