using ChatBot.Dialogs.Runtime.Prompts;
using ChatBot.Dialogs.Tests.Testing;
using ChatBot.Dialogs.Validation;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace ChatBot.Dialogs.Tests.Validation;

public sealed class TurnInputValidationMiddlewareTests
{
    private static TurnInputValidationMiddleware Middleware(FakeLogger<TurnInputValidationMiddleware>? logger = null) =>
        new(new TurnInputValidator(Options.Create(new TurnInputOptions())), [],
            logger ?? new FakeLogger<TurnInputValidationMiddleware>());

    [Fact]
    public async Task OnTurnAsync_BlankFirstMessage_RepliesHintAndNeitherRunsDialogNorWritesState()
    {
        var storage = new JsonTextStorage();
        var client = new DialogTestClient(new SurveyDialog(), storage, middlewares: [Middleware()]);

        var reply = await client.SendActivityAsync<IMessageActivity>("\u200b ");

        Assert.Equal("Your message looks empty. Please type your question.", reply?.Text);
        Assert.Null(client.GetNextReply<IMessageActivity>());
        Assert.Null(client.DialogTurnResult);
        Assert.Equal(0, storage.Writes);
    }

    [Fact]
    public async Task OnTurnAsync_BlankAnswerToOpenPrompt_LeavesStoredStateUntouchedAndPromptStillWaits()
    {
        var storage = new JsonTextStorage();
        var client = new DialogTestClient(new SurveyDialog(), storage, middlewares: [Middleware()]);
        await client.SendActivityAsync<IMessageActivity>("start");
        var before = storage.Items.ToDictionary();
        var writes = storage.Writes;

        var reply = await client.SendActivityAsync<IMessageActivity>("   ");

        Assert.Equal("Your message looks empty. Please type your question.", reply?.Text);
        Assert.Equal(writes, storage.Writes);
        Assert.Equal(before, storage.Items.ToDictionary());
        var prompt = (await client.GetStoredDialogStateAsync()).Stack[0].Inner!.Stack[^1];
        Assert.Equal(0, PromptState.GetAttemptCount(prompt));
        Assert.Equal("How old are you?", (await client.SendActivityAsync<IMessageActivity>("Sam"))?.Text);
    }

    [Fact]
    public async Task OnTurnAsync_Rejection_LogsRuleCodesButNotTheText()
    {
        var logger = new FakeLogger<TurnInputValidationMiddleware>();
        var client = new DialogTestClient(new SurveyDialog(), middlewares: [Middleware(logger)]);

        await client.SendActivityAsync<IMessageActivity>("secret\u0000password");

        var record = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Information, record.Level);
        Assert.Contains(TurnInputValidator.ControlCharacters, record.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_CardSubmitWithoutText_PassesThroughToThePrompt()
    {
        var client = new DialogTestClient(new SurveyDialog(), middlewares: [Middleware()]);
        await client.SendActivityAsync<IMessageActivity>("start");
        await client.SendActivityAsync<IMessageActivity>("Sam");
        await client.SendActivityAsync<IMessageActivity>("30");

        var reply = await client.SubmitCardAsync<IMessageActivity>(new { plan = "Business" });

        Assert.Equal("Shall I save that?", reply?.Text);
    }

    [Fact]
    public void AddTurnInputValidation_InvalidConfiguredLimit_FailsAtStartup()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["TurnInput:MaxTextLength"] = "0" })
            .Build();
        using var provider = new ServiceCollection().AddSingleton<IConfiguration>(configuration)
            .AddLogging().AddTurnInputValidation().BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IOptions<TurnInputOptions>>().Value);

        Assert.Contains("MaxTextLength", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTurnInputValidation_CodeConfiguredLimit_IsUsedByTheMiddleware()
    {
        var configuration = new ConfigurationBuilder().Build();
        using var provider = new ServiceCollection().AddSingleton<IConfiguration>(configuration)
            .AddLogging().AddTurnInputValidation(o => o.MaxTextLength = 5).BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<TurnInputValidationMiddleware>());
        Assert.Equal(5, provider.GetRequiredService<IOptions<TurnInputOptions>>().Value.MaxTextLength);
    }
}
