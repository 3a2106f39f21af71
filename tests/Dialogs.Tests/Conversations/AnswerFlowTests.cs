using ChatBot.Answers.Feedback;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Tests.Testing;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Dialogs.Tests.Conversations;

/// <summary>The answer flow on the real engine and the shipped Larkspur knowledge base.</summary>
public sealed class AnswerFlowTests
{
    [Fact]
    public async Task Question_WebChat_AnswersWithChannelDataThenAsksFeedbackWithAdaptiveCard()
    {
        using var bot = new ConversationHarness();
        var client = bot.Client("directline");

        var answer = await client.SendActivityAsync<IMessageActivity>("how do i reset my password");
        var feedback = client.GetNextReply<IMessageActivity>();

        Assert.StartsWith("Click **Forgot password?**", answer?.Text, StringComparison.Ordinal);
        Assert.IsType<JObject>(answer!.ChannelData);
        Assert.Equal("account-password-reset", Replies.AnswerId(answer)?.Value<string>());
        Assert.InRange(Replies.Confidence(answer)!.Value, 0.25, 1);
        Assert.Equal("Did that help?", feedback?.Text);
        var actions = Replies.AdaptiveCard(feedback)!["actions"]!;
        Assert.Equal(["Yes", "No"], actions.Select(a => a["title"]!.Value<string>()));
        Assert.Equal("account-password-reset", actions[0]!["data"]!["answerId"]!.Value<string>());
    }

    [Fact]
    public async Task FeedbackCardSubmit_Teams_IsRecordedAndThanked()
    {
        using var bot = new ConversationHarness();
        var client = bot.Client("msteams");
        await client.SendActivityAsync<IMessageActivity>("how do i reset my password");
        var card = Replies.AdaptiveCard(client.GetNextReply<IMessageActivity>())!;

        var thanks = await client.SubmitCardAsync<IMessageActivity>(card["actions"]![0]!["data"]!);

        Assert.Equal("Great, glad it helped!", thanks?.Text);
        var recorded = Assert.Single(await bot.Get<IAnswerFeedbackStore>().ReadRecentAsync(10));
        Assert.Equal(("account-password-reset", true), (recorded.EntryId, recorded.Helpful));
        Assert.Equal(bot.Time.GetUtcNow(), recorded.At);
    }

    [Fact]
    public async Task FeedbackNo_Emulator_UsesButtonsAndRecordsNotHelpful()
    {
        using var bot = new ConversationHarness();
        var client = bot.Client("emulator");
        await client.SendActivityAsync<IMessageActivity>("how do i reset my password");
        Assert.Equal(["Yes", "No"], Replies.Buttons(client.GetNextReply<IMessageActivity>()));

        var sorry = await client.SendActivityAsync<IMessageActivity>("no");

        Assert.StartsWith("Sorry it didn't help.", sorry?.Text, StringComparison.Ordinal);
        Assert.False(Assert.Single(await bot.Get<IAnswerFeedbackStore>().ReadRecentAsync(10)).Helpful);
    }

    [Fact]
    public async Task NeedsPlan_AsksCycleThenAnswersAndFollowUpKeepsTopic()
    {
        using var bot = new ConversationHarness();
        var client = bot.Client("emulator");

        var ask = await client.SendActivityAsync<IMessageActivity>("can i get a refund");
        Assert.Equal("That depends on how you pay: are you billed monthly or yearly?", ask?.Text);
        Assert.Equal(["Monthly", "Yearly"], Replies.Buttons(ask));

        var monthly = await client.SendActivityAsync<IMessageActivity>("monthly");
        Assert.Equal("billing-refund-monthly", Replies.AnswerId(monthly)?.Value<string>());
        Assert.Equal("Did that help?", client.GetNextReply<IMessageActivity>()?.Text);

        // The user ignores "did that help?" and asks a follow-up: it is answered about the same topic.
        var yearly = await client.SendActivityAsync<IMessageActivity>("and for yearly plans?");
        Assert.Equal("billing-refund-yearly", Replies.AnswerId(yearly)?.Value<string>());
        var stored = await client.ReadStoredConversationAsync();
        Assert.Equal("billing-refund-yearly", stored?["ConversationData"]?["topic"]?.Value<string>());
    }

    [Fact]
    public async Task NeedsPlan_PlanByPriceIsRememberedForLaterQuestions()
    {
        using var bot = new ConversationHarness();
        var client = bot.Client("msteams");

        var ask = await client.SendActivityAsync<IMessageActivity>("how much storage do i get");
        Assert.StartsWith("That depends on your plan: are you on Free, Team or Business?\n\n   1. Free", ask?.Text,
            StringComparison.Ordinal);
        var team = await client.SendActivityAsync<IMessageActivity>("the €8 one");
        Assert.Equal("storage-limit-team", Replies.AnswerId(team)?.Value<string>());
        client.DrainReplies();

        var again = await client.SendActivityAsync<IMessageActivity>("how much storage do i get");

        Assert.Equal("storage-limit-team", Replies.AnswerId(again)?.Value<string>());
    }

    // Only a narrow confidence band yields "did you mean"; the answer threshold is put just above the vague
    // question's confidence, so the test does not depend on how the knowledge base is tuned.
    private const string Vague = "my files";

    private static async Task<ConversationHarness> UnsureBotAsync()
    {
        using var probe = new ConversationHarness();
        var confidence = (await probe.Get<ChatBot.Answers.IAnswerEngine>().AnswerAsync(new(Vague))).Confidence;
        return new ConversationHarness(settings: new Dictionary<string, string?>
        {
            ["Answers:AnswerThreshold"] = Math.Min(0.99, confidence + 0.01).ToString(
                System.Globalization.CultureInfo.InvariantCulture),
            ["Answers:SuggestThreshold"] = "0.01",
        });
    }

    [Fact]
    public async Task DidYouMean_OffersTopChoicesAsButtonsAndAnswersThePickedOne()
    {
        using var bot = await UnsureBotAsync();
        var client = bot.Client("directline");

        var offer = await client.SendActivityAsync<IMessageActivity>(Vague);

        Assert.Equal("I'm not completely sure what you mean. Is it one of these?", offer?.Text);
        Assert.Equal(JTokenType.Null, Replies.AnswerId(offer)?.Type);
        var buttons = Replies.Buttons(offer);
        Assert.InRange(buttons.Count, 2, 4);
        Assert.Equal("None of these", buttons[^1]);
        var expected = await bot.Get<ChatBot.Answers.IAnswerEngine>().AnswerAsync(new(buttons[0]));
        var answer = await client.SendActivityAsync<IMessageActivity>(buttons[0]);
        Assert.NotNull(expected.EntryId);
        Assert.Equal(expected.EntryId, Replies.AnswerId(answer)?.Value<string>());
    }

    [Fact]
    public async Task DidYouMean_NoneOfThese_OffersAPerson()
    {
        using var bot = await UnsureBotAsync();
        var client = bot.Client("directline");
        await client.SendActivityAsync<IMessageActivity>(Vague);

        var offer = await client.SendActivityAsync<IMessageActivity>("none of these");

        Assert.Equal("Would you like to talk to a person instead?", offer?.Text);
        Assert.Equal("I'll pass this on to a person. I need a few details first; say \"cancel\" at any time to stop.",
            (await client.SendActivityAsync<IMessageActivity>("yes"))?.Text);
        Assert.Equal("What's your name?", client.GetNextReply<IMessageActivity>()?.Text);
    }

    [Fact]
    public async Task Abstain_SaysItDoesNotKnowWithNullIdAndOffersAPerson()
    {
        using var bot = new ConversationHarness();
        var client = bot.Client("directline");

        var reply = await client.SendActivityAsync<IMessageActivity>("whats the weather in berlin tomorrow");

        Assert.StartsWith("I'm not sure I can answer that. Would you like me to connect you", reply?.Text,
            StringComparison.Ordinal);
        Assert.Equal(JTokenType.Null, Replies.AnswerId(reply)?.Type);
        Assert.Equal(0, Replies.Confidence(reply));
        Assert.Equal(["Yes", "No"], Replies.Buttons(reply));
        Assert.Equal("No problem. Ask me anything else whenever you like.",
            (await client.SendActivityAsync<IMessageActivity>("no"))?.Text);
    }

    [Fact]
    public async Task Abstain_Yes_StartsHandoffQuotingTheQuestion()
    {
        using var bot = new ConversationHarness();
        var client = bot.Client("directline");
        await client.SendActivityAsync<IMessageActivity>("whats the weather in berlin tomorrow");
        await client.SendActivityAsync<IMessageActivity>("yes");
        client.DrainReplies();
        await client.SendActivityAsync<IMessageActivity>("Sam Example");
        await client.SendActivityAsync<IMessageActivity>("sam@example.com");

        var describe = await client.SendActivityAsync<IMessageActivity>("other");

        Assert.Equal("Please describe the problem in a sentence or two. (You asked me: \"whats the weather in " +
            "berlin tomorrow\")", describe?.Text);
    }

    [Fact]
    public async Task SmallTalk_CarriesSmalltalkId()
    {
        using var bot = new ConversationHarness();
        var client = bot.Client("directline");

        var reply = await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("smalltalk", Replies.AnswerId(reply)?.Value<string>());
        Assert.Null(client.GetNextReply<IMessageActivity>());
        Assert.Empty((await client.GetStoredDialogStateAsync()).Stack);
    }

    [Fact]
    public async Task StatedLanguage_IsStoredInTheProfile()
    {
        using var bot = new ConversationHarness();
        var client = bot.Client("directline");

        var reply = await client.SendActivityAsync<IMessageActivity>("I prefer German");

        Assert.StartsWith("Noted: you prefer German.", reply?.Text, StringComparison.Ordinal);
        Assert.Equal("de", (await client.ReadStoredUserAsync())?["UserProfile"]?["preferredLanguage"]?.Value<string>());
    }

    [Fact]
    public async Task WelcomeBack_NewThenReturningUser_NothingFirstThenTheLastTopicInANewConversation()
    {
        var storage = new JsonTextStorage();
        using var bot = new ConversationHarness(storage);
        var runner = bot.Get<ConversationRunner>();
        var first = bot.Client("directline", "conversation-a");
        string? welcome = "not asked";

        await first.Adapter.ProcessActivityAsync(
            first.Adapter.MakeActivity(),
            async (turn, ct) => welcome = await runner.WelcomeBackAsync(turn, ct),
            CancellationToken.None);
        Assert.Null(welcome);
        await first.SendActivityAsync<IMessageActivity>("how do i reset my password");

        var second = bot.Client("directline", "conversation-b");
        await second.Adapter.ProcessActivityAsync(
            second.Adapter.MakeActivity(),
            async (turn, ct) => welcome = await runner.WelcomeBackAsync(turn, ct),
            CancellationToken.None);

        Assert.Equal("Welcome back! Last time we talked about \"How do I reset my password?\". What can I help you " +
            "with today?", welcome);
        Assert.Equal(1, (await second.ReadStoredUserAsync())?["UserProfile"]?["messageCount"]?.Value<int>());
    }
}
