namespace ChatBot.Answers.Feedback;

/// <summary>The embedded default: the newest <see cref="Capacity"/> feedback items of this process.</summary>
public sealed class InMemoryAnswerFeedbackStore : IAnswerFeedbackStore
{
    public const int Capacity = 10_000;

    private readonly object _gate = new();
    private readonly LinkedList<AnswerFeedback> _items = new();

    public ValueTask RecordAsync(AnswerFeedback feedback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feedback);

        lock (_gate)
        {
            _items.AddFirst(feedback);
            if (_items.Count > Capacity)
            {
                _items.RemoveLast();
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<AnswerFeedback>> ReadRecentAsync(
        int count,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        lock (_gate)
        {
            IReadOnlyList<AnswerFeedback> recent = _items.Take(count).ToList();
            return ValueTask.FromResult(recent);
        }
    }
}
