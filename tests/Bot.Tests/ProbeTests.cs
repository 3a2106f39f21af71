using Microsoft.Bot.Builder.Adapters;

namespace ChatBot.Bot.Tests;

public sealed class ProbeTests
{
    [Fact]
    public async Task TestAdapter_EchoBot_Replies()
    {
        var adapter = new TestAdapter();

        await new TestFlow(adapter, (turn, ct) => turn.SendActivityAsync("echo " + turn.Activity.Text, cancellationToken: ct))
            .Send("hi")
            .AssertReply("echo hi")
            .StartTestAsync();
    }
}
