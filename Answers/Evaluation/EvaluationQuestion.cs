using System.Text.Json.Serialization;

namespace ChatBot.Answers;

/// <summary>One line of a questions file: the text and the expected entry id, "none" or "smalltalk".</summary>
public sealed record EvaluationQuestion(
    [property: JsonPropertyName("q")] string Q,
    [property: JsonPropertyName("expect")] string Expect,
    [property: JsonPropertyName("plan")] string? Plan = null,
    [property: JsonPropertyName("topic")] string? Topic = null)
{
    public const string None = "none";
}
