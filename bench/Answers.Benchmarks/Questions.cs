using System.Text.Json;

namespace ChatBot.Answers.Benchmarks;

internal static class Questions
{
    public static string[] Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "dev-questions.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.EnumerateArray().Select(q => q.GetProperty("q").GetString()!)];
    }
}
