namespace ChatBot.Answers.Plans;

/// <summary>What a message says about the plan and billing cycle, directly or through hints.</summary>
/// <param name="ExplicitPlan">A plan named outright ("on business", "team plan").</param>
/// <param name="HintedPlan">A plan implied by price or feature ("the €8 plan", "we use SSO").</param>
/// <param name="Cycle">"monthly" or "yearly" when the message says so.</param>
internal sealed record PlanMentions(string? ExplicitPlan, string? HintedPlan, string? Cycle)
{
    public static readonly PlanMentions None = new(null, null, null);
}
