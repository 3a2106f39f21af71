using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatBot.Storage.Tests.Transcripts;

/// <summary>The bot of the scripted conversations: a typing indicator, then an echo of the user's text.</summary>
internal static class ScriptedBot
{
    public static async Task EchoAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type != ActivityTypes.Message)
        {
            return;
        }

        await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
        await turn.SendActivityAsync(MessageFactory.Text("echo: " + turn.Activity.Text), cancellationToken);
    }
}
