using ChatBot.Answers.Feedback;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Tests.Teams;

/// <summary>Answers as Adaptive Cards on Teams, text elsewhere, and the feedback their buttons and reactions
/// give.</summary>
public sealed class TeamsAnswerCardTests : TeamsScenario
{
    private const string Question = "How do I change the credit card on file?";
    private const string EntryId = "billing-update-payment-method";

    [Fact]
    public async Task Answer_OnTeams_IsAnAdaptiveCardWithExecuteButtonsFallingBackToSubmit()
    {
        var response = await Bot.PostExpectingRepliesAsync(PersonalMessage(Question));

        var reply = Assert.Single(response.Messages);
        Assert.Equal(EntryId, (string?)reply["channelData"]?["answer"]?["id"]);
        var attachment = Assert.Single(reply["attachments"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        var card = (JObject)attachment["content"]!;
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal(Question, (string?)card["body"]![0]!["text"]);
        Assert.Contains("Admin Console", (string?)card["body"]![1]!["text"], StringComparison.Ordinal);
        Assert.Contains(card["body"]!, b => (string?)b["text"] == "Did that help?");
        Assert.Equal(["Yes", "No"], card["actions"]!.Select(a => (string?)a["title"]));
        Assert.All(card["actions"]!, a =>
        {
            Assert.Equal("Action.Execute", (string?)a["type"]);
            Assert.Equal("answerFeedback", (string?)a["verb"]);
            Assert.Equal("Action.Submit", (string?)a["fallback"]?["type"]);
        });
    }

    [Fact]
    public async Task Answer_OnTheEmulator_IsPlainText()
    {
        var message = Payload("emulator-message-clientcapabilities-01.json");
        message["text"] = Question;

        var response = await Bot.PostExpectingRepliesAsync(message);

        // Without card buttons the answer dialog asks "did that help?" as a message of its own.
        Assert.Equal(2, response.Messages.Count);
        var reply = response.Messages[0];
        Assert.StartsWith("Did that help?", (string?)response.Messages[1]["text"], StringComparison.Ordinal);
        Assert.Contains("Admin Console", (string?)reply["text"], StringComparison.Ordinal);
        Assert.True(reply["attachments"] is null || !reply["attachments"]!.Any());
        Assert.Equal(EntryId, (string?)reply["channelData"]?["answer"]?["id"]);
    }

    [Fact]
    public async Task AdaptiveCardAction_WithAnotherVerb_GetsA200MessageInvokeResponse()
    {
        var response = await Bot.PostAsync(Payload("teams-invoke-adaptivecard-action-01.json"));

        Assert.Equal(200, response.Status);
        Assert.Equal(200, (int?)response.InvokeBody?["statusCode"]);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)response.InvokeBody?["type"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)response.InvokeBody?["value"]));
        Assert.Empty(Connector.SentActivities);
    }

    [Fact]
    public async Task AdaptiveCardAction_FeedbackNo_RecordsItAndReplacesTheCard()
    {
        var invoke = Payload("teams-invoke-adaptivecard-action-01.json");
        invoke["value"]!["action"] = new JObject
        {
            ["type"] = "Action.Execute",
            ["title"] = "No",
            ["verb"] = "answerFeedback",
            ["data"] = new JObject { ["chatbot"] = "answerFeedback", ["entryId"] = EntryId, ["helpful"] = false },
        };

        var response = await Bot.PostAsync(invoke);
        var recorded = await Feedback.ReadRecentAsync(10);

        Assert.Equal(200, response.Status);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)response.InvokeBody?["type"]);
        Assert.Equal("AdaptiveCard", (string?)response.InvokeBody?["value"]?["type"]);
        Assert.Empty(response.InvokeBody!["value"]!["actions"]!);
        var feedback = Assert.Single(recorded);
        Assert.Equal(new { EntryId = (string?)EntryId, Helpful = false, Source = FeedbackSource.Button },
            new { feedback.EntryId, feedback.Helpful, feedback.Source });
    }

    [Fact]
    public async Task CardSubmit_FeedbackYes_RecordsItAndThanksTheUser()
    {
        var submit = Payload("teams-message-messageback-value-01.json");
        submit["text"] = null;
        submit["value"] = new JObject { ["chatbot"] = "answerFeedback", ["entryId"] = EntryId, ["helpful"] = true };

        var response = await Bot.PostExpectingRepliesAsync(submit);
        var recorded = await Feedback.ReadRecentAsync(10);

        Assert.Contains("Thanks", (string?)Assert.Single(response.Messages)["text"], StringComparison.Ordinal);
        Assert.True(Assert.Single(recorded).Helpful);
    }

    [Fact]
    public async Task Reaction_OnTheBotsAnswer_IsRecordedAsFeedbackForItsEntry()
    {
        var question = PersonalMessage(Question);
        await Bot.PostAsync(question);
        var sent = Assert.Single(await Connector.WaitForActivitiesAsync(1));
        var reaction = Payload("teams-messagereaction-added-01.json");
        reaction["conversation"] = question["conversation"]!.DeepClone();
        reaction["replyToId"] = "stub-1";
        reaction["reactionsAdded"] = new JArray(new JObject { ["type"] = "sad" });

        var response = await Bot.PostAsync(reaction);
        var recorded = await Feedback.ReadRecentAsync(10);

        Assert.NotNull(sent.Body?["attachments"]);
        Assert.Equal(200, response.Status);
        var feedback = Assert.Single(recorded);
        Assert.Equal((EntryId, false, FeedbackSource.Reaction, "sad"),
            (feedback.EntryId, feedback.Helpful, feedback.Source, feedback.Reaction));
    }

    [Fact]
    public async Task Reaction_OnAMessageThatIsNotAnAnswer_RecordsNothing()
    {
        var response = await Bot.PostAsync(Payload("teams-messagereaction-added-01.json"));

        Assert.Equal(200, response.Status);
        Assert.Empty(await Feedback.ReadRecentAsync(10));
    }

    [Fact]
    public async Task ComposeExtensionQuery_WithText_ReturnsAdaptiveCardsCarryingTheAnswers()
    {
        var query = Payload("teams-invoke-composeextension-query-withtext-02.json");
        query["value"]!["parameters"] = new JArray(
            new JObject { ["name"] = "searchQuery", ["value"] = "change credit card" });

        var response = await Bot.PostAsync(query);

        Assert.Equal(200, response.Status);
        var results = response.InvokeBody!["composeExtension"]!["attachments"]!;
        Assert.InRange(results.Count(), 1, 5);
        var top = results[0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)top["contentType"]);
        Assert.Contains("Admin Console", (string?)top["content"]!["body"]![1]!["text"], StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.card.thumbnail", (string?)top["preview"]?["contentType"]);
        Assert.False(string.IsNullOrEmpty((string?)top["preview"]?["content"]?["title"]));
    }
}
