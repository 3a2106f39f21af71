using ChatBot.Bot.Admin;
using ChatBot.Bot.Endpoints;
using ChatBot.Bot.Teams;
using ChatBot.Bot.WebChat;

namespace ChatBot.Bot.Hosting;

/// <summary>The composition root's two halves: what the bot is made of, and what it serves.</summary>
public static class ChatBotHostExtensions
{
    public static WebApplicationBuilder AddChatBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.Services
            .AddBotHosting(builder.Configuration)
            .AddBotStorage(builder.Configuration)
            .AddBotState()
            .AddBotConversation(builder.Configuration)
            .AddChannelFeatures()
            .AddWebChat(builder.Configuration)
            .AddBotTranscripts(builder.Configuration)
            .AddProblemDetails()
            .AddHealthChecks();
        return builder;
    }

    public static WebApplication MapChatBot(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // An unexpected failure answers with a bare problem response, never a stack trace, in every environment.
        app.UseExceptionHandler();
        app.MapWebChat();
        app.MapMessagesApi();
        app.MapHealthApi();
        app.MapAdminApi();
        return app;
    }
}
