using System.ComponentModel.DataAnnotations;
using ChatBot.Answers.Llm;

namespace ChatBot.Answers;

/// <summary>How sure the engine must be before it answers (section <c>Answers</c>).</summary>
public sealed class AnswersOptions : IValidatableObject
{
    public const string SectionName = "Answers";

    /// <summary>Confidence at or above which the best entry is the answer. Default 0.47.</summary>
    [Range(0.0, 1.0)]
    public double AnswerThreshold { get; set; } = 0.47;

    /// <summary>
    /// Confidence at or above which the top three entries are offered as "did you mean"; below it the engine
    /// abstains and offers a person. Default 0.4.
    /// </summary>
    [Range(0.0, 1.0)]
    public double SuggestThreshold { get; set; } = 0.4;

    /// <summary>Optional generative phrasing; off unless endpoint, model and key are all set.</summary>
    public LlmOptions Llm { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SuggestThreshold > AnswerThreshold)
        {
            yield return new ValidationResult(
                $"Answers:SuggestThreshold ({SuggestThreshold}) must not exceed Answers:AnswerThreshold "
                    + $"({AnswerThreshold}); lower the first or raise the second.",
                [nameof(SuggestThreshold), nameof(AnswerThreshold)]);
        }

        foreach (var result in Llm.Validate(validationContext))
        {
            yield return result;
        }
    }
}
