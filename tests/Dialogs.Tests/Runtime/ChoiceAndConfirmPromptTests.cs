using ChatBot.Dialogs.Runtime;
using ChatBot.Dialogs.Runtime.Choices;
using ChatBot.Dialogs.Runtime.Prompts;
using ChatBot.Dialogs.Tests.Testing;
using Microsoft.Bot.Schema;

namespace ChatBot.Dialogs.Tests.Runtime;

public sealed class ChoiceAndConfirmPromptTests
{
    private static PromptOptions CategoryOptions() => new()
    {
        Prompt = Microsoft.Bot.Builder.MessageFactory.Text("Which category?"),
        Choices = [new("Hardware", "laptop"), new("Software", "app"), new("Access", "login", "password")],
    };

    private static DialogTestClient CategoryClient(string channelId = "test") => new(
        PromptHost.Create(new ChoicePrompt("category"), CategoryOptions(), r => ((FoundChoice)r!).Value),
        channelId: channelId);

    [Theory]
    [InlineData("directline")]
    [InlineData("emulator")]
    [InlineData("test")]
    public async Task ChoicePrompt_ChannelWithButtons_SendsSuggestedActions(string channelId)
    {
        var client = CategoryClient(channelId);

        var prompt = await client.SendActivityAsync<IMessageActivity>("start");

        Assert.Equal("Which category?", prompt?.Text);
        Assert.Equal(["Hardware", "Software", "Access"], prompt!.SuggestedActions.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task ChoicePrompt_Teams_SendsNumberedList()
    {
        var client = CategoryClient("msteams");

        var prompt = await client.SendActivityAsync<IMessageActivity>("start");

        Assert.Null(prompt?.SuggestedActions);
        Assert.Equal("Which category?\n\n   1. Hardware\n   2. Software\n   3. Access", prompt?.Text);
    }

    [Theory]
    [InlineData("2", "Software")]
    [InlineData("software", "Software")]
    [InlineData("  ACCESS! ", "Access")]
    [InlineData("password", "Access")]
    [InlineData("it's my laptop", "Hardware")]
    public async Task ChoicePrompt_NumberTitleOrSynonym_Matches(string input, string expected)
    {
        var client = CategoryClient();
        await client.SendActivityAsync<IMessageActivity>("start");

        var reply = await client.SendActivityAsync<IMessageActivity>(input);

        Assert.Equal($"result:{expected}", reply?.Text);
    }

    [Fact]
    public async Task ChoicePrompt_CardSubmitWithNoText_ReadsChoiceFromValue()
    {
        var client = CategoryClient("directline");
        await client.SendActivityAsync<IMessageActivity>("start");

        var reply = await client.SubmitCardAsync<IMessageActivity>(
            new { action = "submitTicket", category = "Software", summary = "Outlook keeps crashing" });

        Assert.Equal("result:Software", reply?.Text);
    }

    [Fact]
    public async Task ChoicePrompt_AttachmentOnlyAndUnknownText_RetriesWithinLimitThenGivesUp()
    {
        var client = CategoryClient();
        await client.SendActivityAsync<IMessageActivity>("start");
        var upload = client.Adapter.MakeActivity(null);
        upload.Attachments = [new Attachment("image/png", "https://127.0.0.1/s.png")];

        Assert.Equal("Which category?", (await client.SendActivityAsync<IMessageActivity>(upload))?.Text);
        Assert.Equal("Which category?", (await client.SendActivityAsync<IMessageActivity>("bananas"))?.Text);
        var giveUp = await client.SendActivityAsync<IMessageActivity>("7");

        Assert.StartsWith("Sorry, I still couldn't use that answer after 3 tries", giveUp?.Text,
            StringComparison.Ordinal);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
        Assert.IsType<PromptGaveUp>(client.DialogTurnResult?.Result);
        Assert.Null(client.GetNextReply<IMessageActivity>());
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Yep!", true)]
    [InlineData("ja", true)]
    [InlineData("1", true)]
    [InlineData("no", false)]
    [InlineData("nope", false)]
    [InlineData("2", false)]
    public async Task ConfirmPrompt_YesNoWords_AreRecognized(string input, bool expected)
    {
        var client = new DialogTestClient(PromptHost.Create(new ConfirmPrompt("ok"), PromptHost.Ask("Sure?")));
        var prompt = await client.SendActivityAsync<IMessageActivity>("start");
        Assert.Equal(["Yes", "No"], prompt!.SuggestedActions.Actions.Select(a => a.Title));

        var reply = await client.SendActivityAsync<IMessageActivity>(input);

        Assert.Equal($"result:{expected}", reply?.Text);
    }

    [Fact]
    public async Task ConfirmPrompt_TeamsWithoutButtons_OffersInlineChoicesAndReadsCardBoolean()
    {
        var client = new DialogTestClient(PromptHost.Create(new ConfirmPrompt("ok"), PromptHost.Ask("Sure?")),
            channelId: "msteams");

        Assert.Equal("Sure? (1) Yes or (2) No", (await client.SendActivityAsync<IMessageActivity>("start"))?.Text);
        Assert.Equal("Sure? (1) Yes or (2) No", (await client.SendActivityAsync<IMessageActivity>("maybe"))?.Text);
        Assert.Equal("result:False", (await client.SubmitCardAsync<IMessageActivity>(new { confirm = "no" }))?.Text);
    }
}
