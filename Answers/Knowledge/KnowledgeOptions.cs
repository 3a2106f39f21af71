using System.ComponentModel.DataAnnotations;

namespace ChatBot.Answers.Knowledge;

/// <summary>Where the knowledge base comes from (section <c>Knowledge</c>).</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>
    /// Path of the knowledge-base JSON file. Default: null, which loads the Larkspur sample shipped inside
    /// the assembly. A file is watched and reloaded when it changes.
    /// </summary>
    public string? Path { get; set; }

    /// <summary>How long the file must be quiet before a reload (editors write in bursts). Default 500 ms.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
