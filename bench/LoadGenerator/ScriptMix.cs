namespace ChatBot.Bench.LoadGenerator;

/// <summary>How often each optional turn of a conversation happens.</summary>
public sealed record ScriptMix
{
    public double SmallTalk { get; init; } = 0.3;

    public double FollowUp { get; init; } = 0.7;

    public double Feedback { get; init; } = 0.6;

    public double OutOfScope { get; init; } = 0.15;

    /// <summary>Percent of questions sent with a unique reference suffix, so the answer cache misses.</summary>
    public double UniquePercent { get; init; } = 10;

    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"smalltalk {SmallTalk}, follow-up {FollowUp}, feedback {Feedback}, out-of-scope {OutOfScope}, "
            + $"unique {UniquePercent}%");

    public bool IsValid()
        => new[] { SmallTalk, FollowUp, Feedback, OutOfScope }.All(p => p is >= 0 and <= 1)
        && UniquePercent is >= 0 and <= 100;
}
