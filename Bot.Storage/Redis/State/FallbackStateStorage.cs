using Microsoft.Bot.Builder;

namespace ChatBot.Storage.Redis.State;

/// <summary>
/// The <see cref="IStorage"/> registered with <c>ConnectionStrings:Redis</c> set: <see cref="RedisStorage"/> while
/// Redis answers, an <see cref="InProcessStorage"/> of this instance while it is away. Without it every turn of an
/// outage failed on its first state load, so the bot stopped answering instead of carrying on (issue 4: "when Redis
/// is unreachable the bot keeps answering"). What a conversation does during the outage stays on the instance that
/// served it and expires like any in-process state; once Redis answers again every read goes to Redis, so the
/// conversation carries on from the shared state all instances see. The first call Redis answers after the
/// in-process store was used empties it: the conversations have moved on in Redis, and a later outage must not
/// resume them from the earlier one's copies.
/// </summary>
public sealed class FallbackStateStorage : IStorage
{
    private const string Component = "state store";

    private readonly RedisStorage _redis;
    private readonly InProcessStorage _fallback;
    private readonly RedisAvailability _availability;
    private int _fallbackUsed;

    public FallbackStateStorage(RedisStorage redis, InProcessStorage fallback, RedisAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(fallback);
        ArgumentNullException.ThrowIfNull(availability);

        _redis = redis;
        _fallback = fallback;
        _availability = availability;
    }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        RunAsync(storage => storage.ReadAsync(keys, cancellationToken));

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
        RunAsync(async storage =>
        {
            await storage.WriteAsync(changes, cancellationToken);
            return true;
        });

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        RunAsync(async storage =>
        {
            await storage.DeleteAsync(keys, cancellationToken);
            return true;
        });

    // Asks the connection first, so an outage costs no wait for the multiplexer's backlog timeout on every call.
    private async Task<T> RunAsync<T>(Func<IStorage, Task<T>> operation)
    {
        if (!_availability.IsUp(Component))
        {
            return await OnFallbackAsync(operation);
        }

        try
        {
            var result = await operation(_redis);
            _availability.ReportSuccess(Component);
            if (Volatile.Read(ref _fallbackUsed) == 1 && Interlocked.Exchange(ref _fallbackUsed, 0) == 1)
            {
                _fallback.Clear();
            }

            return result;
        }
        catch (Exception ex) when (RedisAvailability.IsOutage(ex))
        {
            _availability.ReportFailure(Component, ex);
            return await OnFallbackAsync(operation);
        }
    }

    private Task<T> OnFallbackAsync<T>(Func<IStorage, Task<T>> operation)
    {
        Volatile.Write(ref _fallbackUsed, 1);
        return operation(_fallback);
    }
}
