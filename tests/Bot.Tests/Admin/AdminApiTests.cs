using System.Net;
using ChatBot.Bot.Admin;
using ChatBot.Bot.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Tests.Admin;

/// <summary>The operator endpoints and verbs on the real host with its embedded default: a SQLite file.</summary>
public sealed class AdminApiTests : IDisposable
{
    private const string Key = "admin-key-for-tests-0123456789";

    private readonly string _data = Path.Combine(Path.GetTempPath(), "chatbot-admin-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task MapAdminApi_NoApiKeyConfigured_EndpointsNotMapped()
    {
        using var bot = new BotServer(Settings(apiKey: null));

        using var response = await bot.Http.GetAsync(
            new Uri("/api/admin/conversations?channel=emulator", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MapAdminApi_WrongKey_Gets401()
    {
        using var bot = new BotServer(Settings(Key));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/conversations?channel=emulator");
        request.Headers.Add(ApiKeyFilter.HeaderName, "not-the-key");

        using var response = await bot.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AdminApi_ConversationOnSqliteDefault_ListedExportedAndUserDeleted()
    {
        using var bot = new BotServer(Settings(Key));
        var conversation = "admin-" + Guid.NewGuid().ToString("N");
        await bot.PostExpectingRepliesAsync(Message(conversation, "how do I reset my password? 🔑"));

        var listed = await PollAsync(bot, "/api/admin/conversations?channel=emulator",
            body => body.Contains(conversation, StringComparison.Ordinal));
        var export = JArray.Parse(await GetAsync(bot,
            $"/api/admin/conversations/export?channel=emulator&id={conversation}"));
        var deleted = JObject.Parse(
            await SendAsync(bot, HttpMethod.Delete, "/api/admin/users?channel=emulator&id=admin-user"));
        var after = await GetAsync(bot, "/api/admin/conversations?channel=emulator");

        Assert.Contains(conversation, listed, StringComparison.Ordinal);
        Assert.Equal("how do I reset my password? 🔑", (string?)export[0]["text"]);
        Assert.Equal(["user", "bot"], export.Select(a => (string?)a["from"]?["role"]).Distinct());
        Assert.True((int)deleted["activities"]! >= 2);
        Assert.DoesNotContain(conversation, after, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_data, "transcripts.db")));
    }

    [Fact]
    public async Task TranscriptsVerb_ListAndExport_PrintsConversationAndTranscript()
    {
        using var bot = new BotServer(Settings(Key));
        var conversation = "verb-" + Guid.NewGuid().ToString("N");
        await bot.PostExpectingRepliesAsync(Message(conversation, "hello"));
        await PollAsync(bot, "/api/admin/conversations?channel=emulator",
            body => body.Contains(conversation, StringComparison.Ordinal));
        var file = Path.Combine(_data, "out.transcript");
        using var list = new StringWriter();
        using var export = new StringWriter();

        var listed = await TranscriptCommands.RunAsync(bot.Services, ["list", "emulator"], list, default);
        var exported = await TranscriptCommands.RunAsync(
            bot.Services, ["export", "emulator", conversation, file], export, default);

        Assert.Equal(0, listed);
        Assert.Contains(conversation, list.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, exported);
        Assert.Equal("hello", (string?)JArray.Parse(await File.ReadAllTextAsync(file))[0]["text"]);
    }

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private Dictionary<string, string?> Settings(string? apiKey) => new()
    {
        ["Admin:ApiKey"] = apiKey,
        ["Transcripts:DataDirectory"] = _data,
    };

    private static JObject Message(string conversation, string text) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "emulator",
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["from"] = new JObject { ["id"] = "admin-user", ["name"] = "Admin User", ["role"] = "user" },
        ["recipient"] = new JObject { ["id"] = "helpbot", ["name"] = "HelpBot", ["role"] = "bot" },
        ["conversation"] = new JObject { ["id"] = conversation },
        ["text"] = text,
    };

    private static async Task<string> PollAsync(BotServer bot, string path, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var body = await GetAsync(bot, path);
            if (done(body) || DateTime.UtcNow > deadline)
            {
                return body;
            }

            await Task.Delay(50);
        }
    }

    private static Task<string> GetAsync(BotServer bot, string path) => SendAsync(bot, HttpMethod.Get, path);

    private static async Task<string> SendAsync(BotServer bot, HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add(ApiKeyFilter.HeaderName, Key);
        using var response = await bot.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
