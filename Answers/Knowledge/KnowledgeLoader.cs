using System.Security.Cryptography;
using System.Text.Json;

namespace ChatBot.Answers.Knowledge;

/// <summary>Reads and validates a knowledge-base JSON file (an array of entries).</summary>
public static class KnowledgeLoader
{
    private const string ResourceName = "ChatBot.Answers.larkspur-faq.json";

    /// <summary>The display name used for the knowledge base shipped inside the assembly.</summary>
    public const string EmbeddedSource = "embedded:larkspur-faq.json";

    /// <summary>Loads the Larkspur sample knowledge base shipped inside this assembly.</summary>
    public static KnowledgeBase LoadEmbedded()
    {
        using var stream = typeof(KnowledgeLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"The embedded resource '{ResourceName}' is missing; "
                    + "check the EmbeddedResource item in Answers.csproj.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Parse(buffer.ToArray(), EmbeddedSource);
    }

    public static KnowledgeBase LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);

        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>Parses and validates; throws <see cref="KnowledgeValidationException"/> listing all problems.</summary>
    public static KnowledgeBase Parse(ReadOnlySpan<byte> json, string source)
    {
        ArgumentNullException.ThrowIfNull(source);

        var version = Convert.ToHexStringLower(SHA256.HashData(json))[..16];
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray());
        }
        catch (JsonException ex)
        {
            throw new KnowledgeValidationException(source, [$"not valid JSON: {ex.Message}"]);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new KnowledgeValidationException(
                    source, ["the root must be a JSON array of entries like [{\"id\": ..., \"question\": ...}]"]);
            }

            var errors = new List<string>();
            var entries = new List<KnowledgeEntry>();
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var entry = ReadEntry(element, index, errors);
                if (entry is not null)
                {
                    entries.Add(entry);
                }

                index++;
            }

            KnowledgeValidator.Validate(entries, errors);
            if (errors.Count > 0)
            {
                throw new KnowledgeValidationException(source, errors);
            }

            return new KnowledgeBase(entries, version);
        }
    }

    private static KnowledgeEntry? ReadEntry(JsonElement element, int index, List<string> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"entry #{index}: must be an object");
            return null;
        }

        var idText = element.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String
            ? idElement.GetString()
            : null;
        var name = string.IsNullOrWhiteSpace(idText) ? $"entry #{index}" : $"entry '{idText}' (#{index})";
        return new KnowledgeEntry(
            ReadString(element, "id", name, errors),
            ReadString(element, "category", name, errors),
            ReadString(element, "question", name, errors),
            ReadStrings(element, "alternates", name, errors),
            ReadString(element, "answer", name, errors),
            ReadStrings(element, "followUps", name, errors));
    }

    private static string ReadString(JsonElement element, string field, string name, List<string> errors)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            errors.Add($"{name}: field '{field}' is missing");
            return string.Empty;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{name}: field '{field}' must be a string");
            return string.Empty;
        }

        var text = value.GetString() ?? string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add($"{name}: field '{field}' is empty");
        }

        return text;
    }

    private static string[] ReadStrings(JsonElement element, string field, string name, List<string> errors)
    {
        // Alternates and follow-ups are optional: an entry without them is still a good entry.
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"{name}: field '{field}' must be an array of strings");
            return [];
        }

        var items = new List<string>();
        var position = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                errors.Add($"{name}: field '{field}[{position}]' must be a non-empty string");
            }
            else
            {
                items.Add(item.GetString()!);
            }

            position++;
        }

        return [.. items];
    }
}
