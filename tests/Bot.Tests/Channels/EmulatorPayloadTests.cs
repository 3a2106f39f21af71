namespace ChatBot.Bot.Tests.Channels;

/// <summary>Bot Framework Emulator and Web Chat payloads, replayed as the channel sent them (SOURCES.md).</summary>
public sealed class EmulatorPayloadTests : ChannelScenario
{
    [Fact]
    public async Task ConversationUpdate_OnlyBotAdded_SendsNoGreeting()
    {
        var response = await ReplayAsync("emulator-conversationupdate-botadded-01.json");

        Assert.Equal(200, response.Status);
        Assert.Empty(response.Messages);
    }

    [Fact]
    public async Task ConversationUpdate_UserAdded_WelcomesOnceEvenWhenRedelivered()
    {
        var first = await ReplayAsync("emulator-conversationupdate-useradded-01.json");
        var again = await ReplayAsync("emulator-conversationupdate-useradded-01.json");

        Assert.Equal(200, first.Status);
        var welcome = Assert.Single(first.Messages);
        Assert.Equal("00000004-0000-4000-8000-000000000004", (string?)welcome["recipient"]?["id"]);
        Assert.Contains("Larkspur", (string?)welcome["text"], StringComparison.Ordinal);
        Assert.Equal(200, again.Status);
        Assert.Empty(again.Messages);
    }

    [Fact]
    public async Task ConversationUpdate_BothMembersAndEmptyLocale_WelcomesTheUserExactlyOnce()
    {
        var response = await ReplayAsync("emulator-conversationupdate-bothmembers-emptylocale-01.json");

        Assert.Equal(200, response.Status);
        var welcome = Assert.Single(response.Messages);
        Assert.Equal("00000006-0000-4000-8000-000000000006", (string?)welcome["recipient"]?["id"]);
    }

    [Fact]
    public async Task Message_WithClientCapabilitiesEntity_IsAnsweredAsSmallTalk()
    {
        var response = await ReplayAsync("emulator-message-clientcapabilities-01.json");

        Assert.Equal(200, response.Status);
        var reply = Assert.Single(response.Messages);
        Assert.Equal("smalltalk", (string?)reply["channelData"]?["answer"]?["id"]);
    }

    [Fact]
    public async Task Message_WithoutExpectReplies_IsAnsweredThroughItsServiceUrl()
    {
        var message = Payload("emulator-message-emptylocale-ngrok-01.json");

        var response = await Bot.PostAsync(message);
        var sent = await Connector.WaitForActivitiesAsync(1);

        Assert.InRange(response.Status, 200, 202);
        var call = Assert.Single(sent);
        Assert.Equal(
            $"/v3/conversations/{message["conversation"]!["id"]}/activities/{message["id"]}",
            Uri.UnescapeDataString(call.Path));
        Assert.NotNull(call.Body?["channelData"]?["answer"]);
    }

    [Fact]
    public async Task Message_CardSubmitWithoutText_IsNotTreatedAsAQuestion()
    {
        var response = await ReplayAsync("emulator-message-postback-value-notext-01.json");

        Assert.Equal(200, response.Status);
        Assert.All(response.Messages, m => Assert.Null(m["channelData"]?["answer"]));
        Assert.All(response.Messages, m => Assert.False(string.IsNullOrWhiteSpace((string?)m["text"])));
    }

    [Fact]
    public async Task WebChat_ConversationUpdateWithOnlyTheBot_SendsNoGreeting()
    {
        var response = await ReplayAsync("webchat-conversationupdate-botjoined-01.json");

        Assert.Equal(200, response.Status);
        Assert.Empty(response.Messages);
    }

    [Fact]
    public async Task SampleTranscript_Replayed_WelcomesOnceAndAnswersHello()
    {
        var replies = await ReplayTranscriptAsync("emulator-sample-conversation.transcript");

        Assert.Single(replies, r => ((string?)r["text"] ?? "").Contains("support bot", StringComparison.Ordinal));
        Assert.Contains(replies, r => (string?)r["channelData"]?["answer"]?["id"] == "smalltalk");
    }

    [Fact]
    public async Task WaterfallGreetingTranscript_Replayed_EveryTurnSucceedsAndWelcomesOnce()
    {
        var replies = await ReplayTranscriptAsync("emulator-waterfallgreeting-trace.transcript");

        Assert.Single(replies, r => ((string?)r["text"] ?? "").Contains("support bot", StringComparison.Ordinal));
    }

    private async Task<List<Newtonsoft.Json.Linq.JObject>> ReplayTranscriptAsync(string fileName)
    {
        var replies = new List<Newtonsoft.Json.Linq.JObject>();
        foreach (var turn in Infrastructure.ActivityPayloads.LoadUserTurns(fileName, Connector.BaseUri))
        {
            var response = await Bot.PostExpectingRepliesAsync(turn);
            Assert.Equal(200, response.Status);
            replies.AddRange(response.Messages);
        }

        return replies;
    }
}
