using ChatBot.Answers.Knowledge;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace ChatBot.Answers.Tests;

public sealed class KnowledgeReloadTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly string _folder = Directory.CreateTempSubdirectory("chatbot-kb-").FullName;
    private readonly FakeLogger<KnowledgeProvider> _logger = new();

    [Fact]
    public async Task FileChanged_NewContent_ServedWithoutRestart()
    {
        var path = WriteKb(Sample());
        using var provider = Create(path);
        var engine = TestEngines.Create(knowledge: provider);
        var before = engine.KnowledgeVersion;

        File.WriteAllText(path, Sample().Replace(
            "We accept Visa, Mastercard", "We now accept Visa, Mastercard", StringComparison.Ordinal));
        await Until(() => engine.KnowledgeVersion != before);

        var answer = await engine.AnswerAsync(new AnswerRequest("which payment methods do you accept"));
        Assert.StartsWith("We now accept", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileChanged_InvalidContent_KeepsOldVersionAndLogs()
    {
        var path = WriteKb(Sample());
        using var provider = Create(path);
        var before = provider.Knowledge.Version;

        File.WriteAllText(path, Sample().Replace("\"category\": \"billing\"", "\"category\": \"bills\"",
            StringComparison.Ordinal));
        await Until(() => _logger.Collector.GetSnapshot().Any(r => r.Id.Id == 1102));

        Assert.Equal(before, provider.Knowledge.Version);
        Assert.Equal(79, provider.Knowledge.Entries.Count);
        var record = _logger.Collector.GetSnapshot().Single(r => r.Id.Id == 1102);
        Assert.Contains(
            "field 'category' has unknown value 'bills'", record.Exception?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_InvalidFileAtStart_Throws()
    {
        var path = WriteKb("[{\"id\": \"x\"}]");

        var error = Assert.Throws<KnowledgeValidationException>(() => Create(path));

        Assert.Contains("entry 'x' (#0): field 'question' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_MissingFile_ThrowsNamingThePath()
    {
        var path = Path.Combine(_folder, "nope.json");

        var error = Assert.Throws<FileNotFoundException>(() => Create(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Sample()
    {
        using var stream = typeof(KnowledgeLoader).Assembly
            .GetManifestResourceStream("ChatBot.Answers.larkspur-faq.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private string WriteKb(string json)
    {
        var path = Path.Combine(_folder, "kb.json");
        File.WriteAllText(path, json);
        return path;
    }

    private KnowledgeProvider Create(string path) => new(
        Options.Create(new KnowledgeOptions { Path = path, ReloadDelay = TimeSpan.FromMilliseconds(50) }),
        TimeProvider.System,
        _logger);

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the file watcher did not pick up the change in time");
            await Task.Delay(25);
        }
    }
}
