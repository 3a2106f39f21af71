using ChatBot.Bot.Activities;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Tests.Teams;

/// <summary>The bot's @mention removed in channel and group chats (cases/bugs B01), through HTTP and
/// directly.</summary>
public sealed class TeamsMentionTests : TeamsScenario
{
    [Fact]
    public async Task B01_ChannelGroupChatAndPersonal_AllThreeGetTheSameAnswer()
    {
        var answers = new List<string?>();
        foreach (var turn in Bug("B01.json"))
        {
            var response = await Bot.PostExpectingRepliesAsync(turn);
            Assert.Equal(200, response.Status);
            answers.Add((string?)Assert.Single(response.Messages)["channelData"]?["answer"]?["id"]);
        }

        Assert.Equal(3, answers.Count);
        Assert.All(answers, a => Assert.Equal("account-password-reset", a));
    }

    [Fact]
    public void Read_B01Turns_StripOnlyTheBotAndKeepOtherMentions()
    {
        var turns = Bug("B01.json").Select(t => t.ToObject<Activity>(JsonSerializer.CreateDefault())!).ToList();

        var texts = turns.Select(TurnText.Read).ToList();

        Assert.Equal("how do I reset my password? please also tell <at>Jamie Roe</at>", texts[0]);
        Assert.Equal("how do I reset my password?", texts[1]);
        Assert.Equal("how do I reset my password?", texts[2]);
    }

    [Theory]
    [InlineData("<AT>helpbot</AT> how do I reset my password?", "<at>HelpBot</at>")]
    [InlineData("&lt;at&gt;HelpBot&lt;/at&gt; how do I reset my password?", "<at>HelpBot</at>")]
    [InlineData("\u003Cat\u003EHelpBot\u003C/at\u003E how do I reset my password?",
        "\u003Cat\u003EHelpBot\u003C/at\u003E")]
    [InlineData("<at>Help Bot</at>\n how do I reset my password?", "<at>Help  Bot</at>")]
    [InlineData("how do I reset my password? <at>HelpBot</at>", null)]
    public void Read_MentionInAnotherCaseOrEncoding_IsStillRemoved(string text, string? entityText)
    {
        var activity = new Activity(ActivityTypes.Message)
        {
            Text = text,
            Recipient = new ChannelAccount("28:bot", "HelpBot"),
            Entities = [Mention("28:bot", "HelpBot", entityText)],
        };

        Assert.Equal("how do I reset my password?", TurnText.Read(activity));
    }

    [Fact]
    public void Read_MentionOfSomeoneWithTheBotsName_IsKept()
    {
        var activity = new Activity(ActivityTypes.Message)
        {
            Text = "<at>HelpBot</at> is that you?",
            Recipient = new ChannelAccount("28:bot", "HelpBot"),
            Entities = [Mention("29:someone-else", "HelpBot", "<at>HelpBot</at>")],
        };

        Assert.Equal("<at>HelpBot</at> is that you?", TurnText.Read(activity));
    }

    private static Entity Mention(string id, string name, string? text)
    {
        var entity = new Entity("mention");
        entity.Properties["mentioned"] = new JObject { ["id"] = id, ["name"] = name };
        if (text is not null)
        {
            entity.Properties["text"] = text;
        }

        return entity;
    }
}
