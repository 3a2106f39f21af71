using ChatBot.Dialogs.Runtime.Prompts;
using ChatBot.Dialogs.Tests.Testing;
using FluentValidation;
using Microsoft.Bot.Schema;

namespace ChatBot.Dialogs.Tests.Runtime;

public sealed class ValidatorTests
{
    private sealed class CodeValidator : AbstractValidator<string>
    {
        public CodeValidator()
        {
            RuleFor(code => code).Length(6).WithName("code").WithMessage("The code has exactly 6 characters.");
        }
    }

    [Fact]
    public async Task FluentValidator_InvalidThenValid_SaysWhyThenAccepts()
    {
        var client = new DialogTestClient(PromptHost.Create(new TextPrompt("code", new CodeValidator()),
            PromptHost.Ask("Your code?", "Type the 6-character code.")));
        await client.SendActivityAsync<IMessageActivity>("start");

        var why = await client.SendActivityAsync<IMessageActivity>("abc");

        Assert.Equal("The code has exactly 6 characters.", why?.Text);
        Assert.Equal("Type the 6-character code.", client.GetNextReply<IMessageActivity>()?.Text);
        Assert.Equal("result:ABC123", (await client.SendActivityAsync<IMessageActivity>("ABC123"))?.Text);
    }

    [Fact]
    public async Task DelegateValidator_OutOfRange_RetriesAndKeepsCounting()
    {
        var client = new DialogTestClient(new SurveyDialog());
        await client.SendActivityAsync<IMessageActivity>("start");
        await client.SendActivityAsync<IMessageActivity>("Sam");

        Assert.Equal("That age is out of range.", (await client.SendActivityAsync<IMessageActivity>("400"))?.Text);
        Assert.Equal("Please type your age in digits.", client.GetNextReply<IMessageActivity>()?.Text);
        var stack = (await client.GetStoredDialogStateAsync()).Stack[0].Inner!.Stack;
        Assert.Equal("age", stack[^1].Id);
        Assert.Equal(1, PromptState.GetAttemptCount(stack[^1]));
    }

    [Fact]
    public async Task MaxAttempts_Exhausted_SaysCustomGiveUpAndEndsTheWholeFlow()
    {
        var options = PromptHost.Ask("Your code?", "Try again.");
        options.MaxAttempts = 2;
        options.GiveUpMessage = "I couldn't read a code, so I've stopped.";
        var client = new DialogTestClient(PromptHost.Create(new TextPrompt("code", new CodeValidator()), options));
        await client.SendActivityAsync<IMessageActivity>("start");
        client.DrainReplies();
        await client.SendActivityAsync<IMessageActivity>("a");
        client.DrainReplies();

        var giveUp = await client.SendActivityAsync<IMessageActivity>("b");

        Assert.Equal("I couldn't read a code, so I've stopped.", giveUp?.Text);
        Assert.Empty(client.DrainReplies());
        Assert.Equal(new PromptGaveUp("code", 2), client.DialogTurnResult?.Result);
        Assert.Empty((await client.GetStoredDialogStateAsync()).Stack);
    }
}
