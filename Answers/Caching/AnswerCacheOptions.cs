using System.ComponentModel.DataAnnotations;

namespace ChatBot.Answers.Caching;

/// <summary>The answer cache (section <c>AnswerCache</c>).</summary>
public sealed class AnswerCacheOptions
{
    public const string SectionName = "AnswerCache";

    /// <summary>How long a confident answer is reused. Default one hour.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan Ttl { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Most answers the in-process cache keeps; the oldest go first. Default 10,000.</summary>
    [Range(1, 10_000_000)]
    public int MaxEntries { get; set; } = 10_000;

    /// <summary>Start of every key, so a shared Redis can hold several bots. Default <c>chatbot:answer:</c>.</summary>
    [Required]
    public string KeyPrefix { get; set; } = "chatbot:answer:";
}
