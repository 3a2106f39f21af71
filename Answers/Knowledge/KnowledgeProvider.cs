using ChatBot.Answers.Retrieval;
using ChatBot.Answers.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Answers.Knowledge;

/// <summary>
/// Holds the current knowledge base and its search index. When <see cref="KnowledgeOptions.Path"/> is set the
/// file is watched: a change reloads it after a quiet period, and a file that fails validation is logged and
/// ignored so the bot keeps answering from the last good version.
/// </summary>
public sealed class KnowledgeProvider : IDisposable
{
    private readonly KnowledgeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TextAnalyzer _analyzer = new();
    private readonly FileSystemWatcher? _watcher;
    private readonly Lock _reloadLock = new();
    private readonly RetrievalTuning _tuning = RetrievalTuning.Default;
    private ITimer? _debounce;
    private volatile KnowledgeSnapshot _current;

    public KnowledgeProvider(IOptions<KnowledgeOptions> options, TimeProvider time, ILogger<KnowledgeProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);

        _options = options.Value;
        _time = time;
        _logger = logger;
        var path = _options.Path;
        if (!string.IsNullOrWhiteSpace(path) && !File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Knowledge:Path points to '{path}', which does not exist; fix the path or remove the setting "
                    + "to use the shipped sample.", path);
        }

        // A bad file at startup is fatal on purpose: better no bot than a bot that answers nothing.
        var knowledge = string.IsNullOrWhiteSpace(path)
            ? KnowledgeLoader.LoadEmbedded()
            : KnowledgeLoader.LoadFile(path);
        _current = Build(knowledge);
        KnowledgeLog.Loaded(_logger, Source, _current.Knowledge.Entries.Count, _current.Knowledge.Version);
        if (!string.IsNullOrWhiteSpace(path))
        {
            _watcher = Watch(Path.GetFullPath(path));
        }
    }

    /// <summary>Raised after a reload swapped in a new version.</summary>
    public event EventHandler? Changed;

    public KnowledgeBase Knowledge => _current.Knowledge;

    /// <summary>The file being served, or the embedded sample's name.</summary>
    public string Source => string.IsNullOrWhiteSpace(_options.Path) ? KnowledgeLoader.EmbeddedSource : _options.Path;

    internal KnowledgeSnapshot Current => _current;

    /// <summary>For tests and tools: a provider over an already loaded knowledge base, never reloaded.</summary>
    public static KnowledgeProvider ForKnowledge(KnowledgeBase knowledge) => new(knowledge, RetrievalTuning.Default);

    internal static KnowledgeProvider ForKnowledge(KnowledgeBase knowledge, RetrievalTuning tuning) =>
        new(knowledge, tuning);

    /// <summary>Reads the file again now; returns false (and keeps the old version) when it is not usable.</summary>
    public bool Reload()
    {
        if (string.IsNullOrWhiteSpace(_options.Path))
        {
            return false;
        }

        lock (_reloadLock)
        {
            var previous = _current.Knowledge.Version;
            try
            {
                var loaded = KnowledgeLoader.LoadFile(_options.Path);
                if (loaded.Version == previous)
                {
                    KnowledgeLog.Unchanged(_logger, Source, previous);
                    return true;
                }

                _current = Build(loaded);
                KnowledgeLog.Loaded(_logger, Source, loaded.Entries.Count, loaded.Version);
            }
            catch (Exception ex) when (ex is KnowledgeValidationException or IOException or UnauthorizedAccessException)
            {
                KnowledgeLog.ReloadRejected(_logger, ex, Source, previous);
                return false;
            }
        }

        Changed?.Invoke(this, EventArgs.Empty);
        return true;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce?.Dispose();
        _analyzer.Dispose();
    }

    private KnowledgeProvider(KnowledgeBase knowledge, RetrievalTuning tuning)
    {
        _options = new KnowledgeOptions();
        _time = TimeProvider.System;
        _logger = NullLogger.Instance;
        _tuning = tuning;
        _current = Build(knowledge);
    }

    private KnowledgeSnapshot Build(KnowledgeBase knowledge) =>
        new(knowledge, new SearchIndex(knowledge, _analyzer, _tuning));

    private FileSystemWatcher Watch(string fullPath)
    {
        // Watch the folder, not the file: editors and deploy tools replace files by rename.
        var watcher = new FileSystemWatcher(Path.GetDirectoryName(fullPath)!, Path.GetFileName(fullPath))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size
                | NotifyFilters.CreationTime,
        };
        watcher.Changed += (_, _) => ScheduleReload();
        watcher.Created += (_, _) => ScheduleReload();
        watcher.Renamed += (_, _) => ScheduleReload();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void ScheduleReload()
    {
        lock (_reloadLock)
        {
            // Each event restarts the quiet period, so a burst of writes causes one reload.
            if (_debounce is null)
            {
                _debounce = _time.CreateTimer(_ => Reload(), null, _options.ReloadDelay, Timeout.InfiniteTimeSpan);
            }
            else
            {
                _debounce.Change(_options.ReloadDelay, Timeout.InfiniteTimeSpan);
            }
        }
    }
}
