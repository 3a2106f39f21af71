using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Teams;

/// <summary>
/// Splits a reply that is over the channel's size limit into text messages that are each under it, cutting at
/// paragraph, then line, then sentence boundaries. A card that is too big is sent as its text instead. Every part
/// keeps the reply's channelData; only the last keeps its suggested actions.
/// </summary>
public static class ReplySplitter
{
    public static IReadOnlyList<Activity> Split(Activity reply, int limitBytes)
    {
        ArgumentNullException.ThrowIfNull(reply);

        if (reply.Type != ActivityTypes.Message || ReplySizeLimit.Measure(reply) <= limitBytes)
        {
            return [reply];
        }

        var text = reply.Attachments is { Count: > 0 } ? CardText(reply) : reply.Text ?? string.Empty;
        var template = Clone(reply);
        template.Attachments = [];
        template.Text = string.Empty;
        template.SuggestedActions = null;
        template.Speak = null;

        var parts = new List<Activity>();
        var current = string.Empty;
        foreach (var piece in Pieces(text, template, limitBytes))
        {
            var candidate = current + piece;
            if (current.Length > 0 && !Fits(template, candidate, limitBytes))
            {
                parts.Add(Part(template, current));
                candidate = piece;
            }

            current = candidate;
        }

        parts.Add(Part(template, current));
        parts[^1].SuggestedActions = reply.SuggestedActions;
        return parts;
    }

    // Paragraphs, and any paragraph that alone is too big cut into lines, sentences, and finally characters.
    private static IEnumerable<string> Pieces(string text, Activity template, int limitBytes)
    {
        string[][] separators = [["\n\n"], ["\n"], [". ", "? ", "! "]];
        return Cut(text, 0);

        IEnumerable<string> Cut(string chunk, int level)
        {
            if (Fits(template, chunk, limitBytes))
            {
                return [chunk];
            }

            if (level == separators.Length)
            {
                return HardCut(chunk);
            }

            return SplitKeeping(chunk, separators[level]).SelectMany(p => Cut(p, level + 1));
        }

        IEnumerable<string> HardCut(string chunk)
        {
            var size = Math.Max(1, chunk.Length / 2);
            while (size > 1 && !Fits(template, chunk[..size], limitBytes))
            {
                size /= 2;
            }

            for (var start = 0; start < chunk.Length; start += size)
            {
                yield return chunk.Substring(start, Math.Min(size, chunk.Length - start));
            }
        }
    }

    private static IEnumerable<string> SplitKeeping(string text, string[] separators)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            foreach (var separator in separators)
            {
                if (string.CompareOrdinal(text, i, separator, 0, separator.Length) == 0)
                {
                    yield return text[start..(i + separator.Length)];
                    start = i + separator.Length;
                    i = start - 1;
                    break;
                }
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    private static bool Fits(Activity template, string text, int limitBytes)
    {
        template.Text = text.Trim();
        return ReplySizeLimit.Measure(template) <= limitBytes;
    }

    private static Activity Part(Activity template, string text)
    {
        var part = Clone(template);
        part.Text = text.Trim();
        return part;
    }

    private static string CardText(Activity reply)
    {
        var texts = reply.Attachments
            .Select(a => a.Content is null ? null : JToken.FromObject(a.Content))
            .SelectMany(c => c?.SelectTokens("$..text") ?? [])
            .Select(t => t.ToString())
            .Where(t => t.Length > 0 && t != AnswerCard.Question);
        return string.Join("\n\n", reply.Text is { Length: > 0 } own ? texts.Prepend(own) : texts);
    }

    private static Activity Clone(Activity activity) =>
        JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(activity))!;
}
