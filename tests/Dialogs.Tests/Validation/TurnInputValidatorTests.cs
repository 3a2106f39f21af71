using ChatBot.Dialogs.Tests.Testing;
using ChatBot.Dialogs.Validation;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace ChatBot.Dialogs.Tests.Validation;

public sealed class TurnInputValidatorTests
{
    private static readonly TurnInputValidator Validator = new(Options.Create(new TurnInputOptions()));

    private static Activity Message(string? text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = new ChannelAccount("user-1"),
        Recipient = new ChannelAccount("bot-1", "HelpBot"),
        Conversation = new ConversationAccount(id: "conversation-1"),
        ChannelId = "directline",
    };

    private static string[] Codes(Activity activity) =>
        [.. Validator.Validate(activity).Errors.Select(e => e.ErrorCode)];

    [Fact]
    public void Validate_B06BlankInputs_AreAllEmptyAndTheQuestionIsNot()
    {
        var inputs = SharedCases.LoadBug("B06");

        var verdicts = inputs.Select(a => Codes(a).FirstOrDefault() ?? "ok").ToList();

        Assert.Equal(
            [
                TurnInputValidator.EmptyMessage, TurnInputValidator.EmptyMessage, TurnInputValidator.EmptyMessage,
                TurnInputValidator.EmptyMessage, "ok", TurnInputValidator.EmptyMessage, TurnInputValidator.EmptyMessage,
            ],
            verdicts);
        Assert.Equal("Your message looks empty. Please type your question.",
            Validator.Validate(inputs[3]).Errors[0].ErrorMessage);
    }

    [Fact]
    public void Validate_B04TextOrValueOrAttachments_AreAllAccepted()
    {
        var inputs = SharedCases.LoadBug("B04");

        Assert.All(inputs, a => Assert.Empty(Codes(a)));
    }

    [Fact]
    public void Validate_TooLongText_SaysLengthAndLimit()
    {
        var result = Validator.Validate(Message(new string('a', 2_001)));

        var error = Assert.Single(result.Errors);
        Assert.Equal(TurnInputValidator.TextTooLong, error.ErrorCode);
        Assert.Equal("Your message is 2,001 characters long; I can read up to 2,000. Please send a shorter message, " +
            "or split it up.", error.ErrorMessage);
    }

    [Theory]
    [InlineData("hello\u0000world")]
    [InlineData("bell\u0007")]
    [InlineData("esc\u001b[31m")]
    public void Validate_ControlCharacters_AreRejected(string text)
    {
        Assert.Equal([TurnInputValidator.ControlCharacters], Codes(Message(text)));
    }

    [Fact]
    public void Validate_LineBreaksAndTabs_AreFine()
    {
        Assert.Empty(Codes(Message("line one\r\n\tline two")));
    }

    [Fact]
    public void Validate_UnsupportedAttachmentType_NamesTypeAndWhatIsAccepted()
    {
        var message = Message(null);
        message.Attachments = [new Attachment("application/x-msdownload", "https://127.0.0.1/setup.exe")];

        var error = Assert.Single(Validator.Validate(message).Errors);

        Assert.Equal(TurnInputValidator.AttachmentType, error.ErrorCode);
        Assert.Equal("I can't open files of type application/x-msdownload. I accept images (PNG, JPEG, GIF, WebP), " +
            "PDF and plain-text files.", error.ErrorMessage);
    }

    [Fact]
    public void Validate_InlineAttachmentOverLimit_IsTooLarge()
    {
        var message = Message("see file");
        message.Attachments = [new Attachment("image/png", "data:image/png;base64," + new string('A', 6_000_000))];

        Assert.Equal([TurnInputValidator.AttachmentTooLarge], Codes(message));
    }

    [Fact]
    public void Validate_MissingFromOrConversation_IsRejected()
    {
        var noSender = Message("hi");
        noSender.From = null;
        var noConversation = Message("hi");
        noConversation.Conversation = new ConversationAccount(id: " ");

        Assert.Equal(TurnInputValidator.MissingSender, Codes(noSender)[0]);
        Assert.Equal(TurnInputValidator.MissingConversation, Codes(noConversation)[0]);
    }

    [Fact]
    public void Validate_CardDataWithoutText_IsFine()
    {
        var submit = Message(null);
        submit.Value = JObject.Parse("{\"feedback\":\"yes\"}");

        Assert.Empty(Codes(submit));
    }

    [Fact]
    public void Validate_ConversationUpdateWithoutText_IsFine()
    {
        var update = Message(null);
        update.Type = ActivityTypes.ConversationUpdate;

        Assert.Empty(Codes(update));
    }
}
