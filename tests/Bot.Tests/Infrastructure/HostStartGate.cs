namespace ChatBot.Bot.Tests.Infrastructure;

/// <summary>
/// Serialises building and starting in-process hosts. WebApplicationFactory finds the bot's host by listening to
/// every host built in the process; a connector stub or a second bot built at the same moment (xunit runs test
/// classes in parallel) can be taken for it, which fails with "Addresses cannot be modified after the server has
/// started".
/// </summary>
public static class HostStartGate
{
    public static SemaphoreSlim Gate { get; } = new(1, 1);
}
