namespace ChatBot.Storage.Redis.State;

/// <summary>
/// A write carried an ETag that no longer matches the stored item: another turn changed it since it was read.
/// </summary>
public sealed class ETagConflictException : Exception
{
    public ETagConflictException()
    {
    }

    public ETagConflictException(string message)
        : base(message)
    {
    }

    public ETagConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ETagConflictException(IReadOnlyList<string> keys)
        : base(
            $"State at {string.Join(", ", keys.Select(k => $"'{k}'"))} was changed by another turn after it was read "
            + "(ETag mismatch), so this write was refused. Read the item again, reapply the change and write it "
            + "with the new ETag, or write with ETag \"*\" to overwrite on purpose.")
    {
        Keys = keys;
    }

    /// <summary>The storage keys whose write was refused.</summary>
    public IReadOnlyList<string> Keys { get; } = [];
}
