using ChatBot.Dialogs.Handoff;
using ChatBot.Dialogs.Runtime.Errors;
using ChatBot.Dialogs.Tests.Testing;
using ChatBot.Dialogs.Validation;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace ChatBot.Dialogs.Tests.Conversations;

/// <summary>The bug reports' inputs (shared/cases/bugs) replayed against the bot's own conversations.</summary>
public sealed class ConversationBugCaseTests
{
    [Fact]
    public async Task B12_TicketStoreDownAtCreation_OneApologyOneLogCleanStackThenFreshTurns()
    {
        var storage = new JsonTextStorage();
        using var bot = new ConversationHarness(storage, new FailingTicketStore());
        var client = bot.Client("directline");
        var inputs = SharedCases.LoadBug("B12");
        await client.SendActivityAsync<IMessageActivity>(inputs[0]);
        foreach (var answer in new[] { "Sam Example", "sam@example.com", "Software", "Outlook crashes on start" })
        {
            await client.SendActivityAsync<IMessageActivity>(answer);
        }

        client.DrainReplies();

        var apology = await client.SendActivityAsync<IMessageActivity>("yes");

        Assert.Equal(DialogTurnRecovery.ApologyText, apology?.Text);
        Assert.Null(client.GetNextReply<IMessageActivity>());
        var errors = bot.Logs.GetSnapshot().Where(l => l.Level >= LogLevel.Error).ToList();
        var error = Assert.Single(errors);
        Assert.Contains(client.Adapter.Conversation.Conversation.Id, error.Message, StringComparison.Ordinal);
        Assert.Contains("main > main.route > handoff > handoff.steps", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Outlook", error.Message, StringComparison.Ordinal);
        Assert.Empty((await client.GetStoredDialogStateAsync()).Stack);

        var hi = await client.SendActivityAsync<IMessageActivity>(inputs[3]);
        Assert.Equal("smalltalk", Replies.AnswerId(hi)?.ToString());
        await client.SendActivityAsync<IMessageActivity>("new ticket");
        client.DrainReplies();
        Assert.StartsWith("OK, I've cancelled", (await client.SendActivityAsync<IMessageActivity>(inputs[4]))?.Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task B04_CardSubmitsAndUploadWithoutText_NeverCrashAndFillTheTicket()
    {
        using var bot = new ConversationHarness();
        var client = bot.Client("directline");
        var inputs = SharedCases.LoadBug("B04");
        await client.SendActivityAsync<IMessageActivity>(inputs[0]);
        client.DrainReplies();

        // At the name prompt the card carries no name: asked again, no exception.
        Assert.Equal("Please type your name, for example Sam Example.",
            (await client.SendActivityAsync<IMessageActivity>(inputs[1]))?.Text);
        await client.SendActivityAsync<IMessageActivity>("Sam Example");
        await client.SendActivityAsync<IMessageActivity>("sam@example.com");

        // At the category prompt the same card picks the category and brings the description.
        var confirm = await client.SendActivityAsync<IMessageActivity>(inputs[1]);
        Assert.Contains("- Category: Software\n- Description: Outlook keeps crashing", confirm?.Text,
            StringComparison.Ordinal);
        var upload = await client.SendActivityAsync<IMessageActivity>(inputs[2]);
        Assert.StartsWith("Please answer yes or no", upload?.Text,
            StringComparison.Ordinal);
        var teamsCard = await client.SendActivityAsync<IMessageActivity>(inputs[3]);
        Assert.StartsWith("Please answer yes or no", teamsCard?.Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task B06_BlankAnswersWithValidation_HintThenSameQuestionAndNothingStored()
    {
        var storage = new JsonTextStorage();
        using var bot = new ConversationHarness(storage);
        var client = bot.Client("directline", middlewares: [bot.Get<TurnInputValidationMiddleware>()]);
        var inputs = SharedCases.LoadBug("B06");

        foreach (var blank in inputs.Take(4))
        {
            Assert.Equal("Your message looks empty. Please type your question.",
                (await client.SendActivityAsync<IMessageActivity>(blank))?.Text);
            Assert.Null(client.GetNextReply<IMessageActivity>());
        }

        Assert.Equal(0, storage.Writes);
        await client.SendActivityAsync<IMessageActivity>(inputs[4]);
        client.DrainReplies();
        var stored = storage.Items.ToDictionary();

        Assert.Equal("Your message looks empty. Please type your question.",
            (await client.SendActivityAsync<IMessageActivity>(inputs[5]))?.Text);
        Assert.Equal("What's your name?", client.GetNextReply<IMessageActivity>()?.Text);
        Assert.Equal(stored, storage.Items.ToDictionary());
    }

    [Fact]
    public async Task B13_TypeNamesInCardAndTextAcrossInstances_StayPlainData()
    {
        var storage = new JsonTextStorage();
        var inputs = SharedCases.LoadBug("B13");
        using (var instanceA = new ConversationHarness(storage))
        {
            await instanceA.Client("directline").SendActivityAsync<IMessageActivity>(inputs[0]);
        }

        using var instanceB = new ConversationHarness(storage);
        var client = instanceB.Client("directline");
        Assert.Equal("Please type your name, for example Sam Example.",
            (await client.SendActivityAsync<IMessageActivity>(inputs[1]))?.Text);
        Assert.Equal("Which email address should the person reply to?",
            (await client.SendActivityAsync<IMessageActivity>(inputs[2]))?.Text);
        await client.SendActivityAsync<IMessageActivity>("sam@example.com");
        await client.SubmitCardAsync<IMessageActivity>(inputs[1].Value);
        var confirm = await client.SendActivityAsync<IMessageActivity>("It crashes when I open the app");

        Assert.Contains($"- Name: {inputs[2].Text}\n", confirm?.Text, StringComparison.Ordinal);
        Assert.Contains("- Category: Software\n", confirm?.Text, StringComparison.Ordinal);
        await client.SendActivityAsync<IMessageActivity>("yes");
        Assert.Equal(inputs[2].Text, Assert.Single(await instanceB.Get<ITicketStore>().ListAsync(1)).Name);
    }
}
