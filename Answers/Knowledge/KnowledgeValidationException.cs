namespace ChatBot.Answers.Knowledge;

/// <summary>The knowledge-base file is not usable; <see cref="Exception.Message"/> lists every problem.</summary>
public sealed class KnowledgeValidationException : Exception
{
    public KnowledgeValidationException()
    {
        Errors = [];
    }

    public KnowledgeValidationException(string message)
        : base(message)
    {
        Errors = [message];
    }

    public KnowledgeValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public KnowledgeValidationException(string source, IReadOnlyList<string> errors)
        : base($"The knowledge base '{source}' has {errors.Count} problem(s); fix them in the file:"
            + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  - " + e)))
    {
        Errors = errors;
    }

    /// <summary>One line per problem, each naming the entry and the field.</summary>
    public IReadOnlyList<string> Errors { get; }
}
