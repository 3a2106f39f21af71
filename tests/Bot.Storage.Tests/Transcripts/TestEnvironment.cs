namespace ChatBot.Storage.Tests.Transcripts;

/// <summary>Where the tests find their servers: scripts/test.sh sets the variables.</summary>
internal static class TestEnvironment
{
    public const string MySqlVariable = "CHATBOT_TEST_MYSQL";

    public static string MySqlConnectionString =>
        Environment.GetEnvironmentVariable(MySqlVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{MySqlVariable} is not set. Run the tests through scripts/test.sh, or start a MariaDB with "
                + "scripts/services.sh (start_mariadb NAME PORT) and export its connection string.");

    /// <summary>The repository root, found from the test assembly's folder.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ChatBot.Bot.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("ChatBot.Bot.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Fails a hang fast instead of letting the test run forever.</summary>
    public static async Task<T> WithTimeout<T>(Task<T> task, int seconds = 60) =>
        await task.WaitAsync(TimeSpan.FromSeconds(seconds));

    public static async Task WithTimeout(Task task, int seconds = 60) =>
        await task.WaitAsync(TimeSpan.FromSeconds(seconds));
}
