using System.Globalization;
using Microsoft.Bot.Schema;

namespace ChatBot.Bot.DirectLine;

/// <summary>
/// One local Direct Line conversation: its activities in order, numbered by watermark, and a signal that wakes
/// the clients streaming it. Thread-safe; the newest <c>MaxActivitiesPerConversation</c> activities are kept.
/// </summary>
public sealed class LocalConversation
{
    private readonly object _gate = new();
    private readonly List<Activity> _activities = [];
    private readonly int _capacity;
    private int _dropped;
    private TaskCompletionSource _changed = NewSignal();

    public LocalConversation(string id, string userId, int capacity)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentException.ThrowIfNullOrEmpty(userId);

        Id = id;
        UserId = userId;
        _capacity = capacity;
    }

    public string Id { get; }

    /// <summary>The user the conversation was started for; tokens for it carry the same user.</summary>
    public string UserId { get; }

    /// <summary>The watermark after the newest activity (the count of activities ever added).</summary>
    public int Watermark
    {
        get
        {
            lock (_gate)
            {
                return _dropped + _activities.Count;
            }
        }
    }

    /// <summary>Stores <paramref name="activity"/> with the next id and wakes every reader.</summary>
    public string Append(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);

        TaskCompletionSource changed;
        lock (_gate)
        {
            var sequence = _dropped + _activities.Count;
            activity.Id = $"{Id}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";
            _activities.Add(activity);
            if (_activities.Count > _capacity)
            {
                _activities.RemoveAt(0);
                _dropped++;
            }

            changed = _changed;
            _changed = NewSignal();
        }

        changed.TrySetResult();
        return activity.Id;
    }

    /// <summary>Replaces the stored activity with the same id (the bot updated a message it sent).</summary>
    public bool Replace(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);

        lock (_gate)
        {
            var index = _activities.FindIndex(a => a.Id == activity.Id);
            if (index < 0)
            {
                return false;
            }

            _activities[index] = activity;
            return true;
        }
    }

    /// <summary>The activities after <paramref name="watermark"/> and the watermark to ask with next.</summary>
    public (IReadOnlyList<Activity> Activities, int Watermark) ReadAfter(int watermark)
    {
        lock (_gate)
        {
            var skip = Math.Clamp(watermark - _dropped, 0, _activities.Count);
            return (_activities.Skip(skip).ToList(), _dropped + _activities.Count);
        }
    }

    /// <summary>Completes when an activity past <paramref name="watermark"/> exists or the token is
    /// cancelled.</summary>
    public Task WaitForActivityAfterAsync(int watermark, CancellationToken cancellationToken)
    {
        Task changed;
        lock (_gate)
        {
            if (_dropped + _activities.Count > watermark)
            {
                return Task.CompletedTask;
            }

            changed = _changed.Task;
        }

        return changed.WaitAsync(cancellationToken);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
