using ChatBot.Storage.Transcripts.Redaction;
using Newtonsoft.Json.Linq;

namespace ChatBot.Storage.Tests.Transcripts;

public sealed class PiiRedactorTests
{
    [Theory]
    [InlineData("mail me at sam.example+vpn@contoso.co.uk please", "mail me at [email] please")]
    [InlineData("card 4111 1111 1111 1111 exp 12/27", "card [card] exp 12/27")]
    [InlineData("call +49 30 1234 5678 or (555) 123-4567", "call [phone] or [phone]")]
    [InlineData("ticket T-000042 opened on 2025-03-10", "ticket T-000042 opened on 2025-03-10")]
    [InlineData("order 1234 5678 9012 3456 is not a card", "order 1234 5678 9012 3456 is not a card")]
    public void Redact_FreeText_MasksOnlyPii(string text, string expected)
    {
        Assert.Equal(expected, PiiRedactor.Redact(text));
    }

    [Fact]
    public void RedactInPlace_ActivityJson_MasksValuesButKeepsIds()
    {
        var activity = JObject.Parse("""
            {"type":"message","id":"1","text":"I am a@b.io","from":{"id":"user@tenant.example.com","name":"Sam"},
             "conversation":{"id":"19:abc@thread.tacv2"},"value":{"email":"a@b.io","phone":"+1 425 555 0100"}}
            """);

        PiiRedactor.RedactInPlace(activity);

        Assert.Equal("I am [email]", (string?)activity["text"]);
        Assert.Equal("[email]", (string?)activity["value"]!["email"]);
        Assert.Equal("[phone]", (string?)activity["value"]!["phone"]);
        Assert.Equal("user@tenant.example.com", (string?)activity["from"]!["id"]);
        Assert.Equal("19:abc@thread.tacv2", (string?)activity["conversation"]!["id"]);
    }
}
