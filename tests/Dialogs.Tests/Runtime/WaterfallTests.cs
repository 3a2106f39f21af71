using ChatBot.Dialogs.Runtime;
using ChatBot.Dialogs.Runtime.Waterfall;
using ChatBot.Dialogs.Tests.Testing;
using Microsoft.Bot.Schema;

namespace ChatBot.Dialogs.Tests.Runtime;

public sealed class WaterfallTests
{
    [Fact]
    public async Task RunAsync_FullSurvey_CollectsEveryAnswerAndCompletes()
    {
        var client = new DialogTestClient(new SurveyDialog());

        Assert.Equal("What's your name?", (await client.SendActivityAsync<IMessageActivity>("hi"))?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
        Assert.Equal("How old are you?", (await client.SendActivityAsync<IMessageActivity>("Sam"))?.Text);
        Assert.Equal("Which plan?", (await client.SendActivityAsync<IMessageActivity>("42"))?.Text);
        Assert.Equal("Shall I save that?", (await client.SendActivityAsync<IMessageActivity>("2"))?.Text);
        Assert.Equal("Sam|42|Team|True", (await client.SendActivityAsync<IMessageActivity>("yes"))?.Text);

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
        Assert.Equal("Sam|42|Team|True", client.DialogTurnResult?.Result);
        Assert.Empty((await client.GetStoredDialogStateAsync()).Stack);
    }

    [Fact]
    public async Task NextAsync_SkipsToFollowingStepInSameTurn()
    {
        var dialog = new WaterfallDialog("skip",
        [
            (step, ct) => step.NextAsync("skipped", ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"got {step.Result} at {step.Index}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        var client = new DialogTestClient(dialog);

        var reply = await client.SendActivityAsync<IMessageActivity>("go");

        Assert.Equal("got skipped at 1", reply?.Text);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task ContinueDialogAsync_StepWaitingWithoutPrompt_ReceivesCardDataWhenTextIsEmpty()
    {
        var dialog = new WaterfallDialog("wait",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("send the card", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"data:{step.Result}".Replace("\r", "")
                    .Replace("\n", "").Replace(" ", ""), cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        var client = new DialogTestClient(dialog);
        await client.SendActivityAsync<IMessageActivity>("start");

        var reply = await client.SubmitCardAsync<IMessageActivity>(new { category = "Software" });

        Assert.Equal("data:{\"category\":\"Software\"}", reply?.Text);
    }

    [Fact]
    public async Task BeginDialogAsync_UnknownId_ThrowsNamingTheFix()
    {
        var dialog = new WaterfallDialog("broken", [(step, ct) => step.BeginDialogAsync("missing", null, ct)]);
        var client = new DialogTestClient(dialog);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => client.SendActivityAsync<IMessageActivity>("go"));

        Assert.Contains("Add it to the DialogSet", error.Message, StringComparison.Ordinal);
        Assert.Equal("broken", error.Data[DialogContext.StackDataKey]);
    }

    [Fact]
    public async Task ReplaceDialogAsync_EndsCurrentAndBeginsOtherWithoutResumingParent()
    {
        var set = new DialogSet();
        set.Add(new WaterfallDialog("first", [(step, ct) => step.ReplaceDialogAsync("second", "opts", ct)]));
        set.Add(new WaterfallDialog("second",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"second with {step.GetOptions<string>()}", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
        ]));
        var adapter = new Microsoft.Bot.Builder.Adapters.TestAdapter();
        var state = new Dialogs.Runtime.State.DialogState();

        await adapter.SendTextToBotAsync("go", async (turn, ct) =>
        {
            var dc = set.CreateContext(turn, state);
            await dc.BeginDialogAsync("first", null, ct);
        }, CancellationToken.None);

        Assert.Equal("second with opts", ((IMessageActivity)adapter.GetNextReply()).Text);
        Assert.Equal(["second"], state.Stack.Select(i => i.Id));
    }
}
