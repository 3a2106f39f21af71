using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace ChatBot.Bot.Hosting;

/// <summary>One bot middleware and the stage it runs at; the adapter orders them by stage.</summary>
public sealed record BotMiddlewareRegistration(MiddlewareStage Stage, Func<IServiceProvider, IMiddleware> Create);
