namespace ChatBot.Bot.Tests.Infrastructure;

/// <summary>Where the repository and the shared case material (<c>../shared</c> beside it) are.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared folder: <c>CHATBOT_SHARED</c> when set, else <c>shared/</c> beside the checkout.</summary>
    public static string Shared
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("CHATBOT_SHARED");
            var path = string.IsNullOrEmpty(configured) ? Path.GetFullPath(Path.Combine(Root, "..", "shared"))
                : configured;
            return Directory.Exists(Path.Combine(path, "cases"))
                ? path
                : throw new DirectoryNotFoundException(
                    $"The shared case material was not found at {path}. Put the shared/ folder beside the "
                    + "checkout or set CHATBOT_SHARED to its path.");
        }
    }

    public static string Activities => Path.Combine(Shared, "cases", "activities");

    public static string Bugs => Path.Combine(Shared, "cases", "bugs");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatBot.Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("ChatBot.Bot.sln was not found above " + AppContext.BaseDirectory);
    }
}
