using ChatBot.Dialogs.Handoff;
using ChatBot.Dialogs.Tests.Testing;
using Microsoft.Bot.Schema;

namespace ChatBot.Dialogs.Tests.Conversations;

public sealed class HandoffFlowTests
{
    // The answers that move the handoff flow one step further, in order, and the question each step asks.
    private static readonly string[] Answers =
        ["Sam Example", "sam@example.com", "Software", "Outlook keeps crashing when I open a shared folder"];

    private static readonly string[] Questions =
        ["What's your name?", "Which email address should the person reply to?", "What is it about?",
            "Please describe the problem in a sentence or two.", "Here's your request:"];

    private static readonly string[] HelpPhrases =
        ["I'm asking for your name", "I'm asking for your email address", "I'm asking which area",
            "I'm asking you to describe the problem", "I'm asking you to check your request"];

    private static async Task<DialogTestClient> AtStepAsync(ConversationHarness bot, int step)
    {
        var client = bot.Client("directline");
        await client.SendActivityAsync<IMessageActivity>("talk to a person");
        foreach (var answer in Answers.Take(step))
        {
            await client.SendActivityAsync<IMessageActivity>(answer);
        }

        client.DrainReplies();
        return client;
    }

    [Fact]
    public async Task Handoff_FullFlow_CreatesTicketAndShowsItsNumber()
    {
        using var bot = new ConversationHarness();
        var client = bot.Client("directline");

        Assert.StartsWith("I'll pass this on to a person.",
            (await client.SendActivityAsync<IMessageActivity>("I want to talk to a human"))?.Text,
            StringComparison.Ordinal);
        Assert.Equal("What's your name?", client.GetNextReply<IMessageActivity>()?.Text);
        Assert.Equal(Questions[1], (await client.SendActivityAsync<IMessageActivity>("Sam Example"))?.Text);
        Assert.Equal("That doesn't look like an email address. Please type it like name@example.com.",
            (await client.SendActivityAsync<IMessageActivity>("sam@example"))?.Text);
        Assert.Equal("Please type your email address, like name@example.com.",
            client.GetNextReply<IMessageActivity>()?.Text);
        var category = await client.SendActivityAsync<IMessageActivity>("sam@example.com");
        Assert.Equal(["Billing", "Access", "Software", "Other"], Replies.Buttons(category));
        var describe = await client.SubmitCardAsync<IMessageActivity>(new { category = "Software" });
        Assert.Equal(Questions[3], describe?.Text);
        Assert.StartsWith("Please tell me a little more (at least 10 characters)",
            (await client.SendActivityAsync<IMessageActivity>("crash"))?.Text, StringComparison.Ordinal);
        client.DrainReplies();
        var confirm = await client.SendActivityAsync<IMessageActivity>(Answers[3]);
        Assert.Equal("Here's your request:\n\n- Name: Sam Example\n- Email: sam@example.com\n- Category: Software\n" +
            "- Description: Outlook keeps crashing when I open a shared folder\n\nShall I send it to our support team?",
            confirm?.Text);

        var done = await client.SendActivityAsync<IMessageActivity>("yes");

        Assert.Equal("Done! Your ticket number is T-000001. A person will reply to sam@example.com by email.",
            done?.Text);
        var ticket = Assert.Single(await bot.Get<ITicketStore>().ListAsync(10));
        Assert.Equal(("Sam Example", "Software", "directline", bot.Time.GetUtcNow()),
            (ticket.Name, ticket.Category, ticket.ChannelId, ticket.CreatedAt));
        Assert.Empty((await client.GetStoredDialogStateAsync()).Stack);
        Assert.Equal("Sam Example", (await client.ReadStoredUserAsync())?["UserProfile"]?["name"]?.ToString());
    }

    [Fact]
    public async Task Handoff_DeclinedAtConfirmation_CreatesNoTicket()
    {
        using var bot = new ConversationHarness();
        var client = await AtStepAsync(bot, 4);

        var reply = await client.SendActivityAsync<IMessageActivity>("no");

        Assert.StartsWith("OK, I haven't sent anything.", reply?.Text, StringComparison.Ordinal);
        Assert.Empty(await bot.Get<ITicketStore>().ListAsync(10));
    }

    [Fact]
    public async Task Handoff_KnownName_IsNotAskedAgain()
    {
        using var bot = new ConversationHarness();
        var client = await AtStepAsync(bot, 4);
        await client.SendActivityAsync<IMessageActivity>("yes");

        var intro = await client.SendActivityAsync<IMessageActivity>("new ticket");

        Assert.StartsWith("I'll pass this on to a person, Sam Example.", intro?.Text, StringComparison.Ordinal);
        Assert.Equal(Questions[1], client.GetNextReply<IMessageActivity>()?.Text);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Help_AtEachStep_SaysWhereAndAsksTheSameQuestionAgain(int step)
    {
        using var bot = new ConversationHarness();
        var client = await AtStepAsync(bot, step);

        var help = await client.SendActivityAsync<IMessageActivity>("help");

        Assert.StartsWith($"We're in the middle of your request to talk to a person: {HelpPhrases[step]}", help?.Text,
            StringComparison.Ordinal);
        Assert.StartsWith(Questions[step], client.GetNextReply<IMessageActivity>()?.Text, StringComparison.Ordinal);
        var next = step < 4 ? await client.SendActivityAsync<IMessageActivity>(Answers[step]) : null;
        Assert.True(step == 4 || next?.Text?.StartsWith(Questions[step + 1], StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Cancel_AtEachStep_EndsEverythingAndSaysSo(int step)
    {
        using var bot = new ConversationHarness();
        var client = await AtStepAsync(bot, step);

        var reply = await client.SendActivityAsync<IMessageActivity>("cancel");

        Assert.Equal("OK, I've cancelled your request to talk to a person. Ask me anything whenever you're ready.",
            reply?.Text);
        Assert.Null(client.GetNextReply<IMessageActivity>());
        Assert.Empty((await client.GetStoredDialogStateAsync()).Stack);
        Assert.Empty(await bot.Get<ITicketStore>().ListAsync(10));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task StartOver_AtEachStep_RestartsTheHandoffFromTheName(int step)
    {
        using var bot = new ConversationHarness();
        var client = await AtStepAsync(bot, step);

        var reply = await client.SendActivityAsync<IMessageActivity>("start over");

        Assert.Equal("OK, let's start over.", reply?.Text);
        Assert.StartsWith("I'll pass this on to a person.", client.GetNextReply<IMessageActivity>()?.Text,
            StringComparison.Ordinal);
        Assert.Equal(Questions[0], client.GetNextReply<IMessageActivity>()?.Text);
        Assert.Equal(Questions[1], (await client.SendActivityAsync<IMessageActivity>("Alex Doe"))?.Text);
    }

    [Fact]
    public async Task Handoff_NewProcessMidFlow_ContinuesAtTheSamePromptWithTheSameValues()
    {
        var storage = new JsonTextStorage();
        using (var before = new ConversationHarness(storage))
        {
            var client = before.Client("directline");
            await client.SendActivityAsync<IMessageActivity>("talk to a person");
            await client.SendActivityAsync<IMessageActivity>("Sam Example");
            await client.SendActivityAsync<IMessageActivity>("sam@example.com");
        }

        using var after = new ConversationHarness(storage);
        var resumed = after.Client("directline");
        Assert.Equal(Questions[3], (await resumed.SendActivityAsync<IMessageActivity>("2"))?.Text);
        var confirm = await resumed.SendActivityAsync<IMessageActivity>("I can't sign in since this morning");

        Assert.Contains("- Name: Sam Example\n- Email: sam@example.com\n- Category: Access", confirm?.Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task GiveUp_ThreeBadEmails_StopsTheRequestWithAClearMessage()
    {
        using var bot = new ConversationHarness();
        var client = await AtStepAsync(bot, 1);
        await client.SendActivityAsync<IMessageActivity>("nope");
        await client.SendActivityAsync<IMessageActivity>("still no");
        client.DrainReplies();

        var reply = await client.SendActivityAsync<IMessageActivity>("not telling");

        Assert.Equal("I still couldn't read an email address, so I've stopped the request. Type \"talk to a person\" " +
            "to try again.", reply?.Text);
        Assert.Null(client.GetNextReply<IMessageActivity>());
        Assert.Empty((await client.GetStoredDialogStateAsync()).Stack);
    }
}
