using ChatBot.Dialogs.Runtime;
using ChatBot.Dialogs.Runtime.Prompts;
using ChatBot.Dialogs.Tests.Testing;
using Microsoft.Bot.Schema;

namespace ChatBot.Dialogs.Tests.Runtime;

public sealed class InterruptionTests
{
    [Fact]
    public async Task Help_DuringPrompt_ExplainsWhereAndRepromptsWithoutCountingAnAttempt()
    {
        var client = new DialogTestClient(new SurveyDialog());
        await client.SendActivityAsync<IMessageActivity>("start");
        await client.SendActivityAsync<IMessageActivity>("Sam");

        var help = await client.SendActivityAsync<IMessageActivity>("help");

        Assert.StartsWith("We're in the middle of the survey: I'm asking for your age.", help?.Text,
            StringComparison.Ordinal);
        Assert.Equal("How old are you?", client.GetNextReply<IMessageActivity>()?.Text);
        var prompt = (await client.GetStoredDialogStateAsync()).Stack[0].Inner!.Stack[^1];
        Assert.Equal(0, PromptState.GetAttemptCount(prompt));
        Assert.Equal("Which plan?", (await client.SendActivityAsync<IMessageActivity>("30"))?.Text);
    }

    [Fact]
    public async Task Cancel_DuringPrompt_EndsAllDialogsAndSaysSo()
    {
        var client = new DialogTestClient(new SurveyDialog());
        await client.SendActivityAsync<IMessageActivity>("start");
        await client.SendActivityAsync<IMessageActivity>("Sam");

        var reply = await client.SendActivityAsync<IMessageActivity>("Cancel");

        Assert.Equal("OK, I've cancelled the survey. Ask me anything whenever you're ready.", reply?.Text);
        Assert.Equal(DialogTurnStatus.Cancelled, client.DialogTurnResult?.Status);
        Assert.Empty((await client.GetStoredDialogStateAsync()).Stack);
        Assert.Equal("What's your name?", (await client.SendActivityAsync<IMessageActivity>("hello"))?.Text);
    }

    [Fact]
    public async Task StartOver_MidFlow_RestartsFromFirstQuestionWithValuesCleared()
    {
        var client = new DialogTestClient(new SurveyDialog());
        await client.SendActivityAsync<IMessageActivity>("start");
        await client.SendActivityAsync<IMessageActivity>("Sam");
        await client.SendActivityAsync<IMessageActivity>("40");

        Assert.Equal("OK, let's start over.", (await client.SendActivityAsync<IMessageActivity>("start over"))?.Text);
        Assert.Equal("What's your name?", client.GetNextReply<IMessageActivity>()?.Text);

        await client.SendActivityAsync<IMessageActivity>("Alex");
        await client.SendActivityAsync<IMessageActivity>("31");
        await client.SendActivityAsync<IMessageActivity>("Free");
        Assert.Equal("Alex|31|Free|False", (await client.SendActivityAsync<IMessageActivity>("no"))?.Text);
    }

    [Fact]
    public async Task HelpWordInsideLongerAnswer_IsTreatedAsTheAnswer()
    {
        var client = new DialogTestClient(new SurveyDialog());
        await client.SendActivityAsync<IMessageActivity>("start");

        var reply = await client.SendActivityAsync<IMessageActivity>("Help Desk Harry");

        Assert.Equal("How old are you?", reply?.Text);
    }
}
