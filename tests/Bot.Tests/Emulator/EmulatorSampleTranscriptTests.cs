using ChatBot.Bot.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Tests.Emulator;

/// <summary>
/// The sample transcripts in .bot-emulator/ (opened with the Emulator's File > Open Transcript) stay true: replaying
/// their user turns, connect update first, gives the replies they show.
/// </summary>
public sealed class EmulatorSampleTranscriptTests : IAsyncLifetime
{
    private ConnectorStub _connector = null!;
    private BotServer _bot = null!;

    public static TheoryData<string> Transcripts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, ".bot-emulator"), "*.transcript"))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    public async Task InitializeAsync()
    {
        _connector = await ConnectorStub.StartAsync();
        _bot = new BotServer();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task SampleTranscript_Replayed_GivesTheRecordedReplies(string fileName)
    {
        var transcript = JArray.Parse(
            await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, ".bot-emulator", fileName)))
            .OfType<JObject>().ToList();
        var expected = transcript.Where(IsBot).Select(Summary).ToList();

        var actual = new List<string>();
        foreach (var turn in transcript.Where(a => !IsBot(a)))
        {
            var response = await _bot.PostExpectingRepliesAsync(ActivityPayloads.Rewrite(turn, _connector.BaseUri));
            Assert.Equal(200, response.Status);
            actual.AddRange(response.Messages.Select(Summary));
        }

        Assert.Equal("conversationUpdate", (string?)transcript[0]["type"]);
        Assert.Equal(expected, actual);
    }

    private static bool IsBot(JObject activity) => (string?)activity["from"]?["role"] == "bot";

    // What a reply is, for comparison: the answer it gives, or its first words when it answers nothing.
    private static string Summary(JObject reply) =>
        (string?)reply["channelData"]?["answer"]?["id"]
        ?? string.Join(' ', ((string?)reply["text"] ?? "").Split(' ').Take(4));
}
