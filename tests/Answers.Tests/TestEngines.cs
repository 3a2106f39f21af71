using ChatBot.Answers.Knowledge;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Answers.Tests;

/// <summary>Engines over the shipped knowledge base, built once: the index is immutable and thread-safe.</summary>
internal static class TestEngines
{
    private static readonly Lazy<KnowledgeProvider> Shipped =
        new(() => KnowledgeProvider.ForKnowledge(KnowledgeLoader.LoadEmbedded()));

    public static KnowledgeProvider ShippedKnowledge => Shipped.Value;

    public static KnowledgeAnswerEngine Create(AnswersOptions? options = null, KnowledgeProvider? knowledge = null) =>
        new(knowledge ?? Shipped.Value, new StaticMonitor<AnswersOptions>(options ?? new AnswersOptions()),
            NullLogger<KnowledgeAnswerEngine>.Instance);

    public static string DataPath(string file) => Path.Combine(AppContext.BaseDirectory, "Data", file);

    private sealed class StaticMonitor<T>(T value) : IOptionsMonitor<T>
    {
        public T CurrentValue => value;

        public T Get(string? name) => value;

        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }
}
