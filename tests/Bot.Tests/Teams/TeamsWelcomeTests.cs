namespace ChatBot.Bot.Tests.Teams;

/// <summary>One welcome per person per conversation, never to the bot (cases/bugs B02 and Teams scopes).</summary>
public sealed class TeamsWelcomeTests : TeamsScenario
{
    [Fact]
    public async Task B02_SplitJoinsBothMembersAndARedeliveredJoin_WelcomeEachConversationOnce()
    {
        var welcomes = new List<(string? Conversation, string? To)>();
        foreach (var update in Bug("B02.json"))
        {
            var response = await Bot.PostExpectingRepliesAsync(update);
            Assert.Equal(200, response.Status);
            welcomes.AddRange(
                response.Messages.Select(m => ((string?)m["conversation"]?["id"], (string?)m["recipient"]?["id"])));
        }

        Assert.Equal(3, welcomes.Count);
        Assert.Equal(3, welcomes.Select(w => w.Conversation).Distinct().Count());
        Assert.DoesNotContain(welcomes, w => w.To == "b07b07b0-aaaa-4bbb-8ccc-dddddddddddd"
            || w.To == "helpbot-dev@FakeKey01");
    }

    [Theory]
    [InlineData("teams-conversationupdate-personal-02.json")]
    [InlineData("teams-installationupdate-add-01.json")]
    [InlineData("teams-conversationupdate-team-botadded-01.json")]
    [InlineData("teams-conversationupdate-team-useradded-legacy-02.json")]
    public async Task ScopeJoinOrInstall_Redelivered_GreetsOnceAndNeverTheBot(string fileName)
    {
        var first = await Bot.PostExpectingRepliesAsync(Payload(fileName));
        var again = await Bot.PostExpectingRepliesAsync(Payload(fileName));

        var greeting = Assert.Single(first.Messages);
        Assert.NotEqual((string?)Payload(fileName)["recipient"]?["id"], (string?)greeting["recipient"]?["id"]);
        Assert.Empty(again.Messages);
    }
}
