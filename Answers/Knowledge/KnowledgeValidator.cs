namespace ChatBot.Answers.Knowledge;

/// <summary>The rules across entries: unique ids, known categories, follow-ups that exist.</summary>
internal static class KnowledgeValidator
{
    public static void Validate(IReadOnlyList<KnowledgeEntry> entries, List<string> errors)
    {
        if (entries.Count == 0 && errors.Count == 0)
        {
            errors.Add("the file has no entries; add at least one {\"id\", \"category\", \"question\", \"answer\"}");
            return;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.Id.Length > 0))
        {
            if (!ids.Add(entry.Id))
            {
                errors.Add($"entry '{entry.Id}': field 'id' is used by another entry; ids must be unique");
            }
        }

        foreach (var entry in entries)
        {
            if (entry.Category.Length > 0 && !KnowledgeBase.Categories.Contains(entry.Category))
            {
                errors.Add($"entry '{entry.Id}': field 'category' has unknown value '{entry.Category}'; use one of "
                    + string.Join(", ", KnowledgeBase.Categories));
            }

            foreach (var followUp in entry.FollowUps.Where(f => !ids.Contains(f)))
            {
                errors.Add($"entry '{entry.Id}': field 'followUps' names '{followUp}', which is no entry's id");
            }
        }
    }
}
