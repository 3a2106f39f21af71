namespace ChatBot.Bot.Tests.Channels;

/// <summary>
/// Microsoft Teams payloads, replayed as Teams sent them (SOURCES.md). Teams itself cannot run here: the
/// connector stub stands in for its service.
/// </summary>
public sealed class TeamsPayloadTests : ChannelScenario
{
    [Fact]
    public async Task ChannelMention_InThread_RepliesInTheSameThreadAtTheVerbatimServiceUrl()
    {
        var message = Payload("teams-channel-mention-01.json");

        var response = await Bot.PostAsync(message);
        var sent = await Connector.WaitForActivitiesAsync(1);

        Assert.InRange(response.Status, 200, 202);
        var call = Assert.Single(sent);
        var path = Uri.UnescapeDataString(call.Path);
        Assert.StartsWith("/amer/00000022-0000-4000-8000-000000000022/v3/conversations/", path,
            StringComparison.Ordinal);
        Assert.Contains(";messageid=1759881511856", path, StringComparison.Ordinal);
        Assert.Equal((string?)message["conversation"]!["id"], (string?)call.Body?["conversation"]?["id"]);
    }

    [Theory]
    [InlineData("teams-channel-mention-legacy-notintext-03.json")]
    [InlineData("teams-personal-message-richtext-02.json")]
    [InlineData("teams-message-trailing-spaces-01.json")]
    public async Task Message_FromTeams_GetsOneAnswer(string fileName)
    {
        var response = await ReplayAsync(fileName);

        Assert.Equal(200, response.Status);
        var reply = Assert.Single(response.Messages);
        Assert.NotNull(reply["channelData"]?["answer"]);
    }

    [Fact]
    public async Task PersonalMessage_Hi_IsSmallTalk()
    {
        var response = await ReplayAsync("teams-personal-message-01.json");

        Assert.Equal(200, response.Status);
        var reply = Assert.Single(response.Messages);
        Assert.Equal("smalltalk", (string?)reply["channelData"]?["answer"]?["id"]);
    }

    [Fact]
    public async Task PersonalInstall_MembersWithoutNames_WelcomesOnceWithoutANullName()
    {
        var first = await ReplayAsync("teams-conversationupdate-personal-02.json");
        var again = await ReplayAsync("teams-conversationupdate-personal-02.json");

        var welcome = Assert.Single(first.Messages);
        Assert.Equal("29:uniqueId", (string?)welcome["recipient"]?["id"]);
        Assert.StartsWith("Hi! ", (string?)welcome["text"], StringComparison.Ordinal);
        Assert.Empty(again.Messages);
    }

    [Fact]
    public async Task TeamMemberAdded_OnlyTheBot_IntroducesOnceWithoutWelcomingItself()
    {
        var first = await ReplayAsync("teams-conversationupdate-team-botadded-01.json");
        var again = await ReplayAsync("teams-conversationupdate-team-botadded-01.json");

        var intro = Assert.Single(first.Messages);
        Assert.StartsWith("Hello!", (string?)intro["text"], StringComparison.Ordinal);
        Assert.Empty(again.Messages);
    }

    [Fact]
    public async Task InstallationUpdate_ThenBotAddedToTheSameTeam_IntroducesOnlyOnce()
    {
        var install = await ReplayAsync("teams-installationupdate-add-01.json");
        var added = await ReplayAsync("teams-conversationupdate-team-botadded-01.json");

        Assert.Equal(200, install.Status);
        Assert.Single(install.Messages);
        Assert.Empty(added.Messages);
    }

    [Fact]
    public async Task TeamMemberAdded_User_WelcomesTheMemberOnce()
    {
        var first = await ReplayAsync("teams-conversationupdate-team-useradded-legacy-02.json");
        var again = await ReplayAsync("teams-conversationupdate-team-useradded-legacy-02.json");

        var welcome = Assert.Single(first.Messages);
        Assert.StartsWith("Hi! ", (string?)welcome["text"], StringComparison.Ordinal);
        Assert.Empty(again.Messages);
    }

    [Theory]
    [InlineData("teams-conversationupdate-channelcreated-01.json")]
    [InlineData("teams-messagereaction-added-01.json")]
    public async Task Event_WithNothingToSay_Gets200AndNoReply(string fileName)
    {
        var response = await ReplayAsync(fileName);

        Assert.Equal(200, response.Status);
        Assert.Empty(response.Messages);
    }

    [Fact]
    public async Task MessageBack_WithValue_IsDispatchedOnTheValueNotAnsweredAsText()
    {
        var response = await ReplayAsync("teams-message-messageback-value-01.json");

        Assert.Equal(200, response.Status);
        Assert.Single(response.Messages);
        Assert.All(response.Messages, m => Assert.Null(m["channelData"]?["answer"]));
    }

    [Theory]
    [InlineData("teams-invoke-composeextension-query-01.json")]
    [InlineData("teams-invoke-composeextension-query-withtext-02.json")]
    public async Task ComposeExtensionQuery_AnswersWithASearchResultNotAMessage(string fileName)
    {
        var response = await Bot.PostAsync(Payload(fileName));

        Assert.Equal(200, response.Status);
        Assert.Equal("result", (string?)response.InvokeBody?["composeExtension"]?["type"]);
        Assert.Empty(Connector.SentActivities);
    }

    [Theory]
    [InlineData("teams-invoke-signin-verifystate-01.json")]
    [InlineData("teams-invoke-adaptivecard-action-01.json")]
    public async Task Invoke_ForAFeatureWithoutAHandler_Gets200(string fileName)
    {
        var response = await Bot.PostAsync(Payload(fileName));

        Assert.Equal(200, response.Status);
        Assert.Empty(Connector.SentActivities);
    }

    [Fact]
    public async Task FileConsentFragment_WithoutTypeOrConversation_Gets400()
    {
        var response = await Bot.PostAsync(Payload("teams-invoke-fileconsent-accept-fragment-01.json"));

        Assert.Equal(400, response.Status);
    }
}
