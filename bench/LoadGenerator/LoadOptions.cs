using System.Globalization;

namespace ChatBot.Bench.LoadGenerator;

/// <summary>What one load run does; every field has a command-line option (see <see cref="Usage"/>).</summary>
public sealed class LoadOptions
{
    public const string Usage = """
        ChatBot.LoadGenerator [options]               closed-loop load at each concurrency level
        ChatBot.LoadGenerator table LABEL=FILE.json...  one comparison table from earlier --json outputs

          --url URL              bot (or seed) base address, loopback only (required, e.g. http://127.0.0.1:3978)
          --target bot|seed      Bot Framework /api/messages, or the seed's {user_id,message} API (default bot)
          --seed-path PATH       the seed endpoint (default /chat/async)
          --levels 16,64,256     concurrent virtual users per level
          --duration S           measured seconds per level (default 10)
          --warmup S             unmeasured seconds before each level (default 3)
          --users N              distinct user ids per level; a conversation picks one (default 10000)
          --smalltalk P          chance of a greeting before and a goodbye after the question (default 0.3)
          --follow-up P          chance of a follow-up question (default 0.7)
          --feedback P           chance of a feedback click (card submit with value) (default 0.6)
          --out-of-scope P       chance of an out-of-scope question (default 0.15)
          --unique PCT           % of questions made unique with a reference suffix: answer-cache misses (default 10)
          --questions FILE       dev questions (default ../shared/kb/dev-questions.json beside the checkout)
          --kb FILE              knowledge base whose questions and alternates join the pool
                                 (default ../shared/kb/larkspur-faq.json)
          --no-calibrate         keep questions the bot answers otherwise on a quiet first pass
          --redis HOST:PORT      read INFO commandstats/memory before and after each level
          --mysql CONNSTRING     count each level's transcript rows (its own conversations), and commits
          --transcript-table T   the transcript activity table (default transcript_activities)
          --conversation-table T the transcript conversation table (default transcript_conversations)
          --pid PID[,PID...]     processes whose RSS and CPU are sampled (the bot; the seed's workers)
          --service-pid PID,...  processes whose CPU is counted apart (Redis, MariaDB)
          --timeout S            per-request timeout (default 30)
          --rng-seed N           seed of the script's random choices (default 1)
          --label TEXT           name printed with the results
          --json FILE            also write the results as JSON ("-" for standard output)
        """;

    /// <summary>Required: on a shared machine a default port may well be someone else's server.</summary>
    public Uri? Url { get; set; }

    public bool SeedTarget { get; set; }

    public string SeedPath { get; set; } = "/chat/async";

    public IReadOnlyList<int> Levels { get; set; } = [16, 64, 256];

    public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan Warmup { get; set; } = TimeSpan.FromSeconds(3);

    public int Users { get; set; } = 10_000;

    public ScriptMix Mix { get; set; } = new();

    public string? QuestionsPath { get; set; }

    public string? KnowledgeBasePath { get; set; }

    public bool Calibrate { get; set; } = true;

    public string? Redis { get; set; }

    public string? MySql { get; set; }

    public string TranscriptTable { get; set; } = "transcript_activities";

    public string ConversationTable { get; set; } = "transcript_conversations";

    public IReadOnlyList<int> Pids { get; set; } = [];

    public IReadOnlyList<int> ServicePids { get; set; } = [];

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public int RngSeed { get; set; } = 1;

    public string Label { get; set; } = "run";

    public string? JsonPath { get; set; }

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);

        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Next() => i + 1 < args.Count
                ? args[++i]
                : throw new ArgumentException($"Option {name} needs a value; see --help.");

            switch (name)
            {
                case "--url": options.Url = LoopbackUri(Next()); break;
                case "--target": options.SeedTarget = Target(Next()); break;
                case "--seed-path": options.SeedPath = Next(); break;
                case "--levels": options.Levels = Next().Split(',').Select(Int).ToList(); break;
                case "--duration": options.Duration = TimeSpan.FromSeconds(Double(Next())); break;
                case "--warmup": options.Warmup = TimeSpan.FromSeconds(Double(Next())); break;
                case "--users": options.Users = Int(Next()); break;
                case "--smalltalk": options.Mix = options.Mix with { SmallTalk = Double(Next()) }; break;
                case "--follow-up": options.Mix = options.Mix with { FollowUp = Double(Next()) }; break;
                case "--feedback": options.Mix = options.Mix with { Feedback = Double(Next()) }; break;
                case "--out-of-scope": options.Mix = options.Mix with { OutOfScope = Double(Next()) }; break;
                case "--unique": options.Mix = options.Mix with { UniquePercent = Double(Next()) }; break;
                case "--questions": options.QuestionsPath = Next(); break;
                case "--kb": options.KnowledgeBasePath = Next(); break;
                case "--no-calibrate": options.Calibrate = false; break;
                case "--redis": options.Redis = Next(); break;
                case "--mysql": options.MySql = Next(); break;
                case "--transcript-table": options.TranscriptTable = Next(); break;
                case "--conversation-table": options.ConversationTable = Next(); break;
                case "--pid": options.Pids = PidList(Next()); break;
                case "--service-pid": options.ServicePids = PidList(Next()); break;
                case "--timeout": options.Timeout = TimeSpan.FromSeconds(Double(Next())); break;
                case "--rng-seed": options.RngSeed = Int(Next()); break;
                case "--label": options.Label = Next(); break;
                case "--json": options.JsonPath = Next(); break;
                default: throw new ArgumentException($"Unknown option {name}; see --help.");
            }
        }

        return options.Validate();
    }

    private LoadOptions Validate()
    {
        if (Url is null)
        {
            throw new ArgumentException("--url is required, e.g. --url http://127.0.0.1:3978; see --help.");
        }

        if (Levels.Count == 0 || Levels.Any(l => l < 1))
        {
            throw new ArgumentException("--levels needs one or more positive numbers, e.g. 16,64,256.");
        }

        if (Duration <= TimeSpan.Zero || Warmup < TimeSpan.Zero || Users < 1)
        {
            throw new ArgumentException("--duration and --users must be positive and --warmup not negative.");
        }

        return Mix.IsValid()
            ? this
            : throw new ArgumentException("Chances must be between 0 and 1 and --unique between 0 and 100.");
    }

    // Load goes to this machine only: a benchmark aimed elsewhere is a mistake, not a feature.
    private static Uri LoopbackUri(string text)
    {
        var uri = new Uri(text, UriKind.Absolute);
        return uri.IsLoopback
            ? uri
            : throw new ArgumentException($"--url {text} is not a loopback address; load only 127.0.0.1 or localhost.");
    }

    private static bool Target(string text) => text switch
    {
        "bot" => false,
        "seed" => true,
        _ => throw new ArgumentException($"--target {text} is not bot or seed."),
    };

    private static List<int> PidList(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Int).ToList();

    private static int Int(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static double Double(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
