namespace ChatBot.Bench.LoadGenerator;

/// <summary>
/// The shared knowledge-base files: under <c>CHATBOT_SHARED</c> when set, else in <c>shared/</c> beside the
/// checkout that holds this program.
/// </summary>
public static class SharedFiles
{
    public static string DevQuestions => Path.Combine(Kb, "dev-questions.json");

    public static string KnowledgeBase => Path.Combine(Kb, "larkspur-faq.json");

    private static string Kb
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("CHATBOT_SHARED");
            if (!string.IsNullOrEmpty(configured))
            {
                return Path.Combine(configured, "kb");
            }

            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ChatBot.Bot.sln")))
                {
                    return Path.Combine(dir.FullName, "..", "shared", "kb");
                }
            }

            throw new DirectoryNotFoundException(
                "The shared kb/ folder was not found: set CHATBOT_SHARED, or pass --questions and --kb.");
        }
    }
}
