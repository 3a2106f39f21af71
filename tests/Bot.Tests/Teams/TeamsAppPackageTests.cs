using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;
using ChatBot.Bot.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Tests.Teams;

/// <summary>The Teams app package that deploymentTemplates/teams/build.sh makes: manifest fields and icon
/// sizes.</summary>
public sealed partial class TeamsAppPackageTests : IDisposable
{
    private const string BotId = "0b5e5f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b";

    private readonly string _output = Path.Combine(Path.GetTempPath(), $"teams-app-{Guid.NewGuid():N}.zip");

    public void Dispose() => File.Delete(_output);

    [Fact]
    public async Task Build_WithABotId_MakesAZipWhoseManifestHasEveryRequiredField()
    {
        var (exitCode, errors) = await BuildAsync(BotId, "2.3.4");
        using var zip = ZipFile.OpenRead(_output);
        var manifest = JObject.Parse(await new StreamReader(zip.GetEntry("manifest.json")!.Open()).ReadToEndAsync());

        Assert.True(exitCode == 0, errors);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        Assert.Equal("1.22", (string?)manifest["manifestVersion"]);
        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json",
            (string?)manifest["$schema"]);
        Assert.Equal("2.3.4", (string?)manifest["version"]);
        Assert.Equal(BotId, (string?)manifest["id"]);
        foreach (var path in new[] { "developer.name", "developer.websiteUrl", "developer.privacyUrl",
            "developer.termsOfUseUrl", "name.short", "name.full", "description.short", "description.full",
            "icons.color", "icons.outline", "accentColor" })
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)manifest.SelectToken(path)), $"{path} is required");
        }

        Assert.InRange(((string)manifest["name"]!["short"]!).Length, 1, 30);
        Assert.InRange(((string)manifest["description"]!["short"]!).Length, 1, 80);
        Assert.InRange(((string)manifest["description"]!["full"]!).Length, 1, 4000);
        Assert.Matches("^#[0-9A-Fa-f]{6}$", (string?)manifest["accentColor"]);
        Assert.All(new[] { "developer.websiteUrl", "developer.privacyUrl", "developer.termsOfUseUrl" },
            p => Assert.StartsWith("https://", (string?)manifest.SelectToken(p), StringComparison.Ordinal));
        var bot = Assert.Single(manifest["bots"]!);
        Assert.Equal(BotId, (string?)bot["botId"]);
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.Select(s => (string?)s));
        var search = Assert.Single(manifest["composeExtensions"]!);
        Assert.Equal(BotId, (string?)search["botId"]);
        Assert.Equal("query", (string?)search["commands"]![0]!["type"]);
        Assert.DoesNotMatch(Placeholder(), manifest.ToString());
    }

    [Fact]
    public async Task Build_Icons_AreA192ColorAndA32TransparentOutline()
    {
        await BuildAsync(BotId, "1.0.0");
        using var zip = ZipFile.OpenRead(_output);

        var color = ReadPngHeader(zip, "color.png");
        var outline = ReadPngHeader(zip, "outline.png");

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.Equal(6, outline.ColorType);
    }

    [Fact]
    public async Task Build_WithoutAGuidBotId_FailsWithUsage()
    {
        var (exitCode, errors) = await BuildAsync("not-a-guid", "1.0.0");

        Assert.Equal(2, exitCode);
        Assert.Contains("BOT_ID", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(_output));
    }

    private async Task<(int ExitCode, string Errors)> BuildAsync(string botId, string version)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { Path.Combine(RepositoryPaths.Root, "deploymentTemplates", "teams", "build.sh"),
            botId, version, _output })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await errors);
    }

    private static (int Width, int Height, byte ColorType) ReadPngHeader(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        var header = new byte[26];
        stream.ReadExactly(header);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(header, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)),
            BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)),
            header[25]);
    }

    [GeneratedRegex(@"\$\{[A-Z_]+\}")]
    private static partial Regex Placeholder();
}
