namespace ChatBot.Storage.Tests.Infrastructure;

/// <summary>Awaits in tests carry a default timeout so a hang fails fast instead of stalling the run.</summary>
internal static class TaskTimeouts
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(30);

    public static Task<T> Timed<T>(this Task<T> task) => task.WaitAsync(Default);

    public static Task Timed(this Task task) => task.WaitAsync(Default);

    public static Task<T> Timed<T>(this ValueTask<T> task) => task.AsTask().WaitAsync(Default);
}
