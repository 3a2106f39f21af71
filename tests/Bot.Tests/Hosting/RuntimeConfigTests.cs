using System.Text.Json;

namespace ChatBot.Bot.Tests.Hosting;

/// <summary>
/// The runtime settings Bot.csproj chooses for a small host (measured in scripts/bench.sh, issue 8) reach the
/// runtimeconfig.json the bot starts with; an SDK default or a misspelt MSBuild property would silently undo them.
/// </summary>
public sealed class RuntimeConfigTests
{
    [Fact]
    public void BotRuntimeConfig_WorkstationGcWithoutThreadPoolSpinning()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "ChatBot.Bot.runtimeconfig.json");
        Assert.True(File.Exists(path), $"{path} is missing: the test project should reference Bot.csproj");

        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.False(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.True(properties.GetProperty("System.GC.Concurrent").GetBoolean());
        Assert.Equal(0, properties.GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32());
    }
}
