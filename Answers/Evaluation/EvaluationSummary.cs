using System.Text.Json.Serialization;

namespace ChatBot.Answers;

/// <summary>The figures of one evaluation run; percentages are 0..100, rounded to one decimal.</summary>
public sealed record EvaluationSummary(
    [property: JsonPropertyName("inScope")] int InScope,
    [property: JsonPropertyName("top1Pct")] double Top1Percent,
    [property: JsonPropertyName("outOfScope")] int OutOfScope,
    [property: JsonPropertyName("abstainedPct")] double AbstainedPercent,
    [property: JsonPropertyName("smallTalk")] int SmallTalk,
    [property: JsonPropertyName("smallTalkPct")] double SmallTalkPercent)
{
    /// <summary>Marks the summary line apart from the per-question lines.</summary>
    [JsonPropertyName("summary")]
    [JsonPropertyOrder(-1)]
    public bool Summary { get; init; } = true;
}
