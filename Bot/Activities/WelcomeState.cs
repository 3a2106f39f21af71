namespace ChatBot.Bot.Activities;

/// <summary>
/// Who has been greeted in one conversation. Kept in conversation state because channels redeliver
/// and split join events (cases/bugs B02): the flag, not the event, decides whether to greet.
/// </summary>
public sealed class WelcomeState
{
    /// <summary>Ids of the people already welcomed in this conversation.</summary>
    public List<string> Greeted { get; set; } = [];

    /// <summary>True once the bot has introduced itself to a team channel or group chat.</summary>
    public bool Introduced { get; set; }
}
