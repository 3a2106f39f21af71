using System.ComponentModel.DataAnnotations;

namespace ChatBot.Storage.Redis.Caching;

/// <summary>Settings under <c>AnswerCache</c>.</summary>
public sealed class AnswerCacheOptions
{
    public const string SectionName = "AnswerCache";

    /// <summary>How long a cached answer is served; default one hour.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan Ttl { get; set; } = TimeSpan.FromHours(1);
}
