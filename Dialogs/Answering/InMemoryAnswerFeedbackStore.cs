namespace ChatBot.Dialogs.Answering;

/// <summary>The embedded default: feedback kept in memory, newest first, bounded.</summary>
public sealed class InMemoryAnswerFeedbackStore : IAnswerFeedbackStore
{
    private const int Capacity = 10_000;
    private readonly LinkedList<AnswerFeedback> _items = new();
    private readonly Lock _gate = new();

    public Task RecordAsync(AnswerFeedback feedback, CancellationToken cancellationToken = default)
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

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AnswerFeedback>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);

        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<AnswerFeedback>>([.. _items.Take(limit)]);
        }
    }
}
