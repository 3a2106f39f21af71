using System.Text;
using ChatBot.Answers.Knowledge;

namespace ChatBot.Answers.Tests;

public class KnowledgeLoaderTests
{
    private const string Good = """
        [
          {"id": "billing-a", "category": "billing", "question": "Q a?", "alternates": ["alt a"],
           "answer": "A a.", "followUps": ["billing-b"]},
          {"id": "billing-b", "category": "billing", "question": "Q b?", "alternates": [], "answer": "A b.",
           "followUps": []}
        ]
        """;

    [Fact]
    public void LoadEmbedded_ShippedSample_HasAllEntries()
    {
        var knowledge = KnowledgeLoader.LoadEmbedded();

        Assert.Equal(79, knowledge.Entries.Count);
        Assert.NotNull(knowledge.Find("billing-refund-yearly"));
    }

    [Fact]
    public void Parse_SameContent_SameVersion_ChangedContent_NewVersion()
    {
        var first = Parse(Good);
        var second = Parse(Good);
        var changed = Parse(Good.Replace("A a.", "A a, changed.", StringComparison.Ordinal));

        Assert.Equal(first.Version, second.Version);
        Assert.NotEqual(first.Version, changed.Version);
    }

    [Theory]
    [InlineData("\"id\": \"billing-b\"", "\"id\": \"billing-a\"", "entry 'billing-a': field 'id' is used by another")]
    [InlineData("\"question\": \"Q b?\"", "\"question\": \" \"", "entry 'billing-b' (#1): field 'question' is empty")]
    [InlineData("\"answer\": \"A a.\"", "\"answer\": null", "entry 'billing-a' (#0): field 'answer' is missing")]
    [InlineData("\"category\": \"billing\", \"question\": \"Q b?\"", "\"category\": \"biling\", \"question\": \"Q b?\"",
        "entry 'billing-b': field 'category' has unknown value 'biling'")]
    [InlineData("[\"billing-b\"]", "[\"billing-zzz\"]", "entry 'billing-a': field 'followUps' names 'billing-zzz'")]
    [InlineData("\"alternates\": [\"alt a\"]", "\"alternates\": \"alt a\"",
        "entry 'billing-a' (#0): field 'alternates' must be an array")]
    public void Parse_BrokenEntry_ErrorNamesEntryAndField(string find, string replace, string expected)
    {
        var json = Good.Replace(find, replace, StringComparison.Ordinal);

        var error = Assert.Throws<KnowledgeValidationException>(() => Parse(json));

        Assert.Contains(error.Errors, e => e.Contains(expected, StringComparison.Ordinal));
        Assert.Contains("test.json", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\": 1}", "root must be a JSON array")]
    [InlineData("[", "not valid JSON")]
    [InlineData("[]", "no entries")]
    public void Parse_BrokenFile_SaysWhatIsWrong(string json, string expected)
    {
        var error = Assert.Throws<KnowledgeValidationException>(() => Parse(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static KnowledgeBase Parse(string json) => KnowledgeLoader.Parse(Encoding.UTF8.GetBytes(json), "test.json");
}
