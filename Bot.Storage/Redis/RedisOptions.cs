using System.ComponentModel.DataAnnotations;

namespace ChatBot.Storage.Redis;

/// <summary>
/// Settings under <c>Redis</c>. The connection itself is <c>ConnectionStrings:Redis</c>, a StackExchange.Redis
/// configuration string; when it is empty the bot runs on in-process state, lock, limiter and cache.
/// </summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>First part of every key (see <see cref="RedisKeys"/>); default <c>chatbot</c>.</summary>
    [Required]
    [RegularExpression(
        @"^[^\s{}]{1,64}$",
        ErrorMessage = "Redis:KeyPrefix must be 1-64 characters without spaces or braces.")]
    public string KeyPrefix { get; set; } = "chatbot";
}
