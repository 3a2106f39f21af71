using System.Text;
using ChatBot.Bot.Teams;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace ChatBot.Bot.Tests.Teams;

public sealed class ReplySizeLimitTests
{
    [Theory]
    [InlineData("plain ASCII answer")]
    [InlineData("Grüße aus Köln: ½ price")]                  // 2-byte UTF-8
    [InlineData("料金プランの変更方法")]                        // 3-byte UTF-8
    [InlineData("Thanks 🙏 that helped 👍🏽")]                  // surrogate pairs: 4 bytes, 2 UTF-16 units
    [InlineData("quotes \" and \\ and a tab\t and a bell\u0007")] // escaped by the serialiser
    public void Measure_AnyText_EqualsTheSerialisedJsonsLargerSize(string text)
    {
        var reply = MessageFactory.Text(text);
        reply.Locale = "de-DE";

        var json = JsonConvert.SerializeObject(reply, new JsonSerializerSettings
        {
            NullValueHandling = NullValueHandling.Ignore,
        });

        Assert.Equal(Math.Max(Encoding.UTF8.GetByteCount(json), json.Length * 2), ReplySizeLimit.Measure(reply));
    }
}
