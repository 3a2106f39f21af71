using ChatBot.Bot.Activities;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Tests.Activities;

public sealed class TurnTextTests
{
    [Theory]
    [InlineData("   ")]
    [InlineData("\n\t ")]
    [InlineData("\u00a0\u00a0")]
    [InlineData("\u200b")]
    [InlineData("\u0000")]
    [InlineData("\u0007\u001b ")]
    public void Clean_WhitespaceOrInvisibleOnly_IsEmpty(string text)
    {
        Assert.Equal(string.Empty, TurnText.Clean(text));
    }

    [Fact]
    public void Read_BotMentionAmongOthers_RemovesOnlyTheBotsMention()
    {
        var activity = TeamsMessage(
            "<at>HelpBot</at> how do I reset my password? please also tell <at>Jamie Roe</at>\n");
        activity.Entities = [Mention("28:bot", "<at>HelpBot</at>"), Mention("29:jamie", "<at>Jamie Roe</at>")];

        var text = TurnText.Read(activity);

        Assert.Equal("how do I reset my password? please also tell <at>Jamie Roe</at>", text);
    }

    [Fact]
    public void Read_MentionEntityWithoutText_DoesNotThrow()
    {
        var activity = TeamsMessage("how do I reset my password?");
        activity.Entities = [Mention("28:bot", text: null)];

        Assert.Equal("how do I reset my password?", TurnText.Read(activity));
    }

    private static Activity TeamsMessage(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = new ChannelAccount("28:bot", "HelpBot"),
        From = new ChannelAccount("29:user", "Test User"),
    };

    private static Entity Mention(string id, string? text)
    {
        var entity = new Entity("mention");
        entity.Properties["mentioned"] = new JObject { ["id"] = id, ["name"] = "someone" };
        if (text is not null)
        {
            entity.Properties["text"] = text;
        }

        return entity;
    }
}
