using System.ComponentModel.DataAnnotations;

namespace ChatBot.Answers.Llm;

/// <summary>
/// An OpenAI-compatible chat endpoint that phrases answers (section <c>Answers:Llm</c>). Used only when
/// <see cref="Endpoint"/>, <see cref="Model"/> and <see cref="ApiKey"/> are all set.
/// </summary>
public sealed class LlmOptions
{
    /// <summary>Base address, e.g. <c>http://127.0.0.1:8080/v1</c>. Default: none (plain entry text).</summary>
    public Uri? Endpoint { get; set; }

    public string? Model { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>Longest wait for the model before answering with the plain entry text. Default 5 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many top entries the model may ground on. Default 3.</summary>
    public int GroundingEntries { get; set; } = 3;

    public bool IsConfigured =>
        Endpoint is not null && !string.IsNullOrWhiteSpace(Model) && !string.IsNullOrWhiteSpace(ApiKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var set = new[] { Endpoint is not null, !string.IsNullOrWhiteSpace(Model), !string.IsNullOrWhiteSpace(ApiKey) };
        if (set.Any(s => s) && !set.All(s => s))
        {
            yield return new ValidationResult(
                "Answers:Llm is half configured: set all of Endpoint, Model and ApiKey, or none of them.");
        }

        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(2))
        {
            yield return new ValidationResult(
                $"Answers:Llm:Timeout ({Timeout}) must be between 00:00:00.001 and 00:02:00.");
        }

        if (GroundingEntries is < 1 or > 10)
        {
            yield return new ValidationResult($"Answers:Llm:GroundingEntries ({GroundingEntries}) must be 1..10.");
        }

        if (Endpoint is not null && !Endpoint.IsAbsoluteUri)
        {
            yield return new ValidationResult("Answers:Llm:Endpoint must be an absolute http(s) URL.");
        }
    }
}
