using System.Threading.RateLimiting;

namespace ChatBot.Storage.Redis.RateLimiting;

/// <summary>The outcome of one sliding-window check; a refused lease says when a permit frees up.</summary>
internal sealed class WindowLease(bool isAcquired, TimeSpan? retryAfter) : RateLimitLease
{
    private static readonly string[] Names = [MetadataName.RetryAfter.Name];

    public override bool IsAcquired { get; } = isAcquired;

    public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : Names;

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (retryAfter is { } value && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = value;
            return true;
        }

        metadata = null;
        return false;
    }
}
