using System.Text;
using ChatBot.Answers;
using ChatBot.Bot.Teams;

namespace ChatBot.Bot.Tests.Teams;

/// <summary>
/// Replies over Teams' size limit split or replaced by a short note (cases/bugs B09). The connector stub plays
/// Teams' service, answering 413 as Teams does for a reply that is too large.
/// </summary>
public sealed class TeamsOutboundTests : TeamsScenario
{
    protected override IAnswerEngine? Engine => new FixedAnswerEngine(
        new Answer(AnswerKind.Answered, VpnGuide(), "vpn-guide", 0.9, []) { Title = "VPN troubleshooting guide" });

    [Fact]
    public async Task B09_SixtyKilobyteAnswer_IsSplitIntoPartsEachUnderTheTeamsLimit()
    {
        var turn = Assert.Single(Bug("B09.json"));

        await Bot.PostAsync(turn);
        var sent = await Connector.WaitForActivitiesAsync(3, TimeSpan.FromSeconds(15));

        Assert.InRange(sent.Count, 3, 8);
        Assert.All(sent, s => Assert.True(Encoding.UTF8.GetByteCount(s.Body!.ToString()) <= ReplySizeLimit.TeamsBytes));
        Assert.All(sent, s => Assert.Equal("vpn-guide", (string?)s.Body?["channelData"]?["answer"]?["id"]));
        var text = string.Join("\n\n", sent.Select(s => (string?)s.Body?["text"]));
        Assert.Contains("Step 1:", text, StringComparison.Ordinal);
        Assert.Contains("Step 250:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task B09_TeamsRefusesTheReplyAsTooLarge_SendsAShortNoteInstead()
    {
        Connector.Respond = call => call.Body?["text"]?.ToString() == ReplySizeMiddleware.TooLargeNote ? (200, null)
            : (413, null);

        var response = await Bot.PostAsync(PersonalMessage("Show me the full VPN troubleshooting guide"));
        var sent = await Connector.WaitForActivitiesAsync(2, TimeSpan.FromSeconds(15));

        Assert.InRange(response.Status, 200, 202);
        Assert.Equal(ReplySizeMiddleware.TooLargeNote, (string?)sent[^1].Body?["text"]);
    }

    [Fact]
    public void Split_CardOverTheLimit_BecomesTextPartsUnderIt()
    {
        var answer = new Answer(AnswerKind.Answered, VpnGuide(), "vpn-guide", 0.9, []) { Title = "VPN guide" };
        var reply = (Microsoft.Bot.Schema.Activity)AnswerPresenter.Create(answer, "msteams");

        var parts = ReplySplitter.Split(reply, ReplySizeLimit.TeamsBytes);

        Assert.True(ReplySizeLimit.Measure(reply) > 60_000);
        Assert.True(parts.Count >= 3);
        Assert.All(parts, p => Assert.True(ReplySizeLimit.Measure(p) <= ReplySizeLimit.TeamsBytes));
        Assert.All(parts, p => Assert.Empty(p.Attachments));
        Assert.StartsWith("VPN guide", parts[0].Text, StringComparison.Ordinal);
    }

    private static string VpnGuide()
    {
        var guide = new StringBuilder();
        for (var step = 1; step <= 250; step++)
        {
            guide.Append("Step ").Append(step).Append(": ")
                .Append("Check that the VPN client is connected, that your network allows UDP 4500, and that the ")
                .Append("profile matches the one your administrator sent. Restart the client if the tunnel stays ")
                .Append("down for more than a minute, then try again.\n\n");
        }

        return guide.ToString();
    }
}
