using ChatBot.Dialogs.Runtime;
using ChatBot.Dialogs.Runtime.Errors;
using ChatBot.Dialogs.Runtime.State;
using ChatBot.Dialogs.Tests.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Newtonsoft.Json.Linq;

namespace ChatBot.Dialogs.Tests.Runtime;

/// <summary>The bug reports' own inputs (shared/cases/bugs), replayed against the runtime.</summary>
public sealed class BugCaseTests
{
    private static DialogTestClient RecoveringClient(
        Dialog dialog, FakeLogger<DialogTurnRecovery> logger, IStorage? storage = null, string channelId = "directline")
    {
        return new DialogTestClient(client =>
        {
            var accessor = client.ConversationState.CreateProperty<DialogState>(DialogTestClient.DialogStateProperty);
            var recovery = new DialogTurnRecovery(client.ConversationState, accessor, logger);
            return async (turn, ct) =>
            {
                try
                {
                    var result = await dialog.RunAsync(turn, accessor, ct);
                    await client.ConversationState.SaveChangesAsync(turn, false, ct);
                    return result;
                }
                catch (FormatException ex)
                {
                    await recovery.RecoverAsync(turn, ex, ct);
                    return null;
                }
            };
        }, storage, channelId);
    }

    [Fact]
    public async Task B12_StepThrows_LogsOnceApologisesClearsStackAndNextTurnStartsFresh()
    {
        var logger = new FakeLogger<DialogTurnRecovery>();
        var client = RecoveringClient(new TicketishDialog(), logger);
        var inputs = SharedCases.LoadBug("B12");

        Assert.Equal("Which category?", (await client.SendActivityAsync<IMessageActivity>(inputs[0]))?.Text);
        Assert.Equal("When did it start?", (await client.SendActivityAsync<IMessageActivity>(inputs[1]))?.Text);
        var apology = await client.SendActivityAsync<IMessageActivity>(inputs[2]);

        Assert.Equal(DialogTurnRecovery.ApologyText, apology?.Text);
        Assert.Null(client.GetNextReply<IMessageActivity>());
        var error = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Error, error.Level);
        Assert.Contains(client.Adapter.Conversation.Conversation.Id, error.Message, StringComparison.Ordinal);
        Assert.Contains("ticketish > ticketish.steps", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("31/02/2025", error.Message, StringComparison.Ordinal);
        Assert.Empty((await client.GetStoredDialogStateAsync()).Stack);

        Assert.Equal("Which category?", (await client.SendActivityAsync<IMessageActivity>(inputs[3]))?.Text);
        var cancelled = await client.SendActivityAsync<IMessageActivity>(inputs[4]);
        Assert.StartsWith("OK, I've cancelled your ticket", cancelled?.Text, StringComparison.Ordinal);
        Assert.Empty((await client.GetStoredDialogStateAsync()).Stack);
    }

    [Fact]
    public async Task B13_TypeNameInCardAndText_MovesInstanceAndStaysPlainData()
    {
        var storage = new JsonTextStorage();
        var inputs = SharedCases.LoadBug("B13");
        var instanceA = new DialogTestClient(new TicketishDialog(), storage, "directline");
        Assert.Equal("Which category?", (await instanceA.SendActivityAsync<IMessageActivity>(inputs[0]))?.Text);

        var instanceB = new DialogTestClient(new TicketishDialog(), storage, "directline");
        Assert.Equal("When did it start?", (await instanceB.SendActivityAsync<IMessageActivity>(inputs[1]))?.Text);
        var instanceC = new DialogTestClient(new TicketishDialog(), storage, "directline");
        Assert.Equal("noted", (await instanceC.SendActivityAsync<IMessageActivity>(inputs[2]))?.Text);

        var steps = (await instanceC.GetStoredDialogStateAsync()).Stack[0].Inner!.Stack[0];
        var values = steps.State.GetOrCreateBag("values");
        Assert.Equal("Software", values.GetString("category"));
        Assert.IsType<JObject>(values.Get<object>("card"));
        Assert.True(JToken.DeepEquals(JToken.FromObject(inputs[1].Value), values.Get<JToken>("card")));
        Assert.Equal(inputs[2].Text, values.GetString("note"));
        var stored = storage.Items.Values.Single(v => v.Contains("stack", StringComparison.Ordinal));
        Assert.Contains("System.Version", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task B04_CardSubmitsAndAttachmentWithoutText_ReachThePromptAsData()
    {
        var inputs = SharedCases.LoadBug("B04");
        var client = new DialogTestClient(new TicketishDialog(), channelId: "directline");

        Assert.Equal("Which category?", (await client.SendActivityAsync<IMessageActivity>(inputs[0]))?.Text);
        Assert.Equal("When did it start?", (await client.SendActivityAsync<IMessageActivity>(inputs[1]))?.Text);

        var teams = new DialogTestClient(new TicketishDialog(), channelId: "msteams");
        await teams.SendActivityAsync<IMessageActivity>("new ticket");
        var retry = await teams.SendActivityAsync<IMessageActivity>(inputs[2]);
        Assert.StartsWith("Which category?", retry?.Text, StringComparison.Ordinal);
        Assert.Equal("When did it start?", (await teams.SendActivityAsync<IMessageActivity>(inputs[3]))?.Text);
        var values = (await teams.GetStoredDialogStateAsync()).Stack[0].Inner!.Stack[0].State.GetOrCreateBag("values");
        Assert.Equal("Access", values.GetString("category"));
    }
}
