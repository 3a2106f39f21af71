using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ChatBot.Answers.Text;

/// <summary>
/// Turns normalised text into the terms retrieval compares, with Lucene's analysis chain: standard
/// tokenizer, English possessives, Porter stemming, the domain synonyms folded to one term, stop words dropped.
/// Thread-safe: Lucene reuses one token stream per thread.
/// </summary>
internal sealed class TextAnalyzer : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly Analyzer _stemming;
    private readonly Analyzer _full;

    public TextAnalyzer()
    {
        _stemming = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(tokenizer, Stem(tokenizer));
        });

        var synonyms = BuildSynonyms(_stemming);
        var stopWords = new CharArraySet(Version, DomainLexicon.StopWords.SelectMany(Stems).ToList(), false);
        StopStems = stopWords;
        _full = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new SynonymFilter(Stem(tokenizer), synonyms, ignoreCase: false);
            stream = new StopFilter(Version, stream, stopWords);
            return new TokenStreamComponents(tokenizer, stream);
        });
    }

    /// <summary>The stop words in stemmed form (what <see cref="Terms"/> never returns).</summary>
    public CharArraySet StopStems { get; }

    /// <summary>Terms of a normalised text: stemmed, synonyms folded, stop words removed, in order.</summary>
    public List<string> Terms(string text) => Run(_full, text);

    /// <summary>Stems only: for matching a single word against the vocabulary.</summary>
    public List<string> Stems(string text) => Run(_stemming, text);

    public void Dispose()
    {
        _stemming.Dispose();
        _full.Dispose();
    }

    private static PorterStemFilter Stem(Tokenizer tokenizer)
    {
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        return new PorterStemFilter(stream);
    }

    private static SynonymMap BuildSynonyms(Analyzer analyzer)
    {
        var parser = new SolrSynonymParser(dedup: true, expand: false, analyzer);
        using var reader = new StringReader(string.Join('\n', DomainLexicon.SynonymRules));
        parser.Parse(reader);
        return parser.Build();
    }

    private static List<string> Run(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
