using ChatBot.Bot.Hosting;
using ChatBot.Storage.Transcripts;
using Microsoft.Bot.Builder;

namespace ChatBot.Bot.Admin;

/// <summary>Transcripts in the bot: the store (MySQL or the SQLite default) and the logging middleware stage.</summary>
public static class TranscriptHostingExtensions
{
    public static IServiceCollection AddBotTranscripts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddTranscripts(configuration);
        services.AddSingleton(new BotMiddlewareRegistration(
            MiddlewareStage.Transcript, sp => sp.GetRequiredService<TranscriptLoggerMiddleware>()));
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.SectionName));
        return services;
    }
}
