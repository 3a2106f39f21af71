using ChatBot.Dialogs.Runtime;
using ChatBot.Dialogs.Runtime.Prompts;
using ChatBot.Dialogs.Tests.Testing;
using Microsoft.Bot.Schema;

namespace ChatBot.Dialogs.Tests.Runtime;

public sealed class TextAndNumberPromptTests
{
    [Theory]
    [InlineData("   ")]
    [InlineData("\n\t ")]
    [InlineData("\u00a0\u00a0")]
    [InlineData("\u200b")]
    public async Task TextPrompt_BlankInput_RetriesWithoutStoringIt(string blank)
    {
        var client = new DialogTestClient(
            PromptHost.Create(new TextPrompt("text"), PromptHost.Ask("Name?", "Type a name.")));
        await client.SendActivityAsync<IMessageActivity>("start");

        var reply = await client.SendActivityAsync<IMessageActivity>(blank);

        Assert.Equal("Type a name.", reply?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
        Assert.Equal("result:Sam", (await client.SendActivityAsync<IMessageActivity>(" Sam\u200b "))?.Text);
    }

    [Fact]
    public async Task TextPrompt_CardSubmitWithValueProperty_UsesTheField()
    {
        var options = PromptHost.Ask("Describe it");
        options.ValueProperty = "summary";
        var client = new DialogTestClient(PromptHost.Create(new TextPrompt("text"), options));
        await client.SendActivityAsync<IMessageActivity>("start");

        var reply = await client.SubmitCardAsync<IMessageActivity>(new { action = "x", summary = "Outlook crashes" });

        Assert.Equal("result:Outlook crashes", reply?.Text);
    }

    [Theory]
    [InlineData("en-US", "1.5", "1.5")]
    [InlineData("de-DE", "1,5", "1.5")]
    [InlineData("en-US", "1,500", "1500")]
    [InlineData("de-DE", "1.500", "1500")]
    [InlineData("fr-FR", "1 500,25", "1500.25")]
    [InlineData("en-US", "-3", "-3")]
    public async Task NumberPrompt_CultureAwareInput_IsRead(string locale, string input, string expected)
    {
        var client = new DialogTestClient(
            PromptHost.Create(new NumberPrompt<decimal>("number"), PromptHost.Ask("How many?")), locale: locale);
        await client.SendActivityAsync<IMessageActivity>("start");

        var reply = await client.SendActivityAsync<IMessageActivity>(input);

        Assert.Equal($"result:{expected}", reply?.Text);
    }

    [Theory]
    [InlineData("en-US", "1,5")]
    [InlineData("de-DE", "1.5")]
    [InlineData("en-US", "twelve")]
    [InlineData("en-US", "12 apples")]
    [InlineData("en-US", "")]
    public async Task NumberPrompt_AmbiguousOrWordInput_RetriesInsteadOfGuessingOrCrashing(string locale, string input)
    {
        var client = new DialogTestClient(
            PromptHost.Create(new NumberPrompt<decimal>("number"), PromptHost.Ask("How many?")), locale: locale);
        await client.SendActivityAsync<IMessageActivity>("start");

        var reply = await client.SendActivityAsync<IMessageActivity>(input);

        Assert.StartsWith("Please type the number in digits", reply?.Text, StringComparison.Ordinal);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task NumberPrompt_IntegerPromptGivenFraction_Retries()
    {
        var client = new DialogTestClient(
            PromptHost.Create(new NumberPrompt<int>("number"), PromptHost.Ask("How many?", "Whole numbers only.")));
        await client.SendActivityAsync<IMessageActivity>("start");

        Assert.Equal("Whole numbers only.", (await client.SendActivityAsync<IMessageActivity>("1.5"))?.Text);
        Assert.Equal("result:2", (await client.SendActivityAsync<IMessageActivity>("2"))?.Text);
    }

    [Fact]
    public async Task AttachmentPrompt_TextThenFile_RetriesThenReturnsAttachments()
    {
        var client = new DialogTestClient(PromptHost.Create(new AttachmentPrompt("file"),
            PromptHost.Ask("Upload a screenshot", "Please attach a file."),
            r => string.Join(",", ((IReadOnlyList<Attachment>)r!).Select(a => a.Name))));
        await client.SendActivityAsync<IMessageActivity>("start");

        Assert.Equal("Please attach a file.", (await client.SendActivityAsync<IMessageActivity>("here"))?.Text);
        var upload = client.Adapter.MakeActivity(null);
        upload.Attachments = [new Attachment("image/png", "https://127.0.0.1/x.png", name: "screenshot.png")];
        var reply = await client.SendActivityAsync<IMessageActivity>(upload);

        Assert.Equal("result:screenshot.png", reply?.Text);
    }
}
