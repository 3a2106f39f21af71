namespace ChatBot.Bot.Hosting;

/// <summary>
/// Where a bot middleware runs in the turn pipeline (DESIGN.md: transcript logging → rate limit →
/// input validation → per-conversation turn lock → state load/save). Lower runs first.
/// </summary>
public enum MiddlewareStage
{
    Transcript = 100,
    RateLimit = 200,
    InputValidation = 300,
    TurnLock = 400,
    State = 500,
}
