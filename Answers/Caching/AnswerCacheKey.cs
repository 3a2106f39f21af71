using System.Security.Cryptography;
using System.Text;
using ChatBot.Answers.Text;

namespace ChatBot.Answers.Caching;

/// <summary>
/// Builds answer-cache keys: prefix, knowledge version, plan, optional topic, normalised question. A new
/// knowledge version changes every key, so answers from an old knowledge base are never served.
/// </summary>
public static class AnswerCacheKey
{
    // Keys stay readable for ordinary questions; a pasted essay is hashed so keys stay small.
    private const int MaxTextLength = 200;

    public static string For(string prefix, string knowledgeVersion, AnswerRequest request, bool withTopic)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(knowledgeVersion);
        ArgumentNullException.ThrowIfNull(request);

        var text = QuestionNormalizer.Normalize(request.Text);
        if (text.Length > MaxTextLength)
        {
            text = "#" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        }

        var plan = string.IsNullOrWhiteSpace(request.Plan) ? "-" : request.Plan.Trim().ToLowerInvariant();
        var topic = withTopic && request.Topic is not null ? request.Topic : "-";
        return $"{prefix}{knowledgeVersion}:{plan}:{topic}:{text}";
    }
}
