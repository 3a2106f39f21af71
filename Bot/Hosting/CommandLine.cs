using ChatBot.Answers;

namespace ChatBot.Bot.Hosting;

/// <summary>
/// Verbs of the Bot program (<c>dotnet run --project Bot -- VERB ...</c>) that do one job with the bot's
/// services and exit instead of serving. Output goes to standard output: it is the verb's product.
/// </summary>
public static class CommandLine
{
    private const string Usage = "usage: ChatBot.Bot eval <questions.json> | transcripts ...";

    /// <summary>When a verb is given, logs go to standard error so that standard output is the verb's alone.</summary>
    public static WebApplicationBuilder AddCommandLineVerbs(this WebApplicationBuilder builder, string[] args)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(args);

        if (Verb(args).Length > 0)
        {
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        }

        return builder;
    }

    /// <summary>Runs the verb named by <paramref name="args"/>; false when there is none and the host should
    /// serve.</summary>
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);

        switch (Verb(args))
        {
            case ["eval", var questionsPath]:
                Environment.ExitCode = await EvaluateAsync(app.Services, questionsPath);
                return true;
            case ["transcripts", .. var rest]:
                Environment.ExitCode = await Admin.TranscriptCommands.RunAsync(
                    app.Services, rest, Console.Out, CancellationToken.None);
                return true;
            case ["eval", ..]:
                await Console.Error.WriteLineAsync(Usage);
                Environment.ExitCode = 2;
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A relative path as the user meant it: <c>dotnet run --project Bot</c> starts the program in the project
    /// folder, so a path typed relative to the shell's folder (kept in PWD) is tried when the plain one is absent.
    /// </summary>
    public static string ResolveUserPath(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);

        if (Path.IsPathRooted(path) || File.Exists(path) || Directory.Exists(path))
        {
            return path;
        }

        var shellFolder = Environment.GetEnvironmentVariable("PWD");
        var fromShell = string.IsNullOrEmpty(shellFolder) ? path : Path.Combine(shellFolder, path);
        return File.Exists(fromShell) || Directory.Exists(fromShell) ? fromShell : path;
    }

    // A verb and its arguments come first; options such as --urls that follow belong to the host.
    private static string[] Verb(string[] args) => args.TakeWhile(a => !a.StartsWith('-')).ToArray();

    private static async Task<int> EvaluateAsync(IServiceProvider services, string path)
    {
        var questionsPath = ResolveUserPath(path);
        if (!File.Exists(questionsPath))
        {
            await Console.Error.WriteLineAsync($"eval: no questions file at '{path}'. {Usage}");
            return 2;
        }

        var evaluation = new Evaluation(services.GetRequiredService<IAnswerEngine>());
        await evaluation.RunAsync(questionsPath, Console.Out);
        return 0;
    }
}
