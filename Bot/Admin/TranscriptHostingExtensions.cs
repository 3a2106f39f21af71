using ChatBot.Bot.Hosting;
using ChatBot.Storage.Transcripts;
using ChatBot.Storage.Transcripts.Writing;

namespace ChatBot.Bot.Admin;

/// <summary>Transcripts in the bot: the store (MySQL or the SQLite default) and the logging middleware stage.</summary>
public static class TranscriptHostingExtensions
{
    /// <summary>
    /// <c>Transcripts:Enabled</c> (default true): false keeps the store (tickets, admin) but records no turns.
    /// The benchmark's bound row runs with it off (issue 8).
    /// </summary>
    public const string EnabledKey = "Transcripts:Enabled";

    public static IServiceCollection AddBotTranscripts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddTranscripts(configuration);
        if (Enabled(configuration[EnabledKey]))
        {
            services.AddSingleton(new BotMiddlewareRegistration(
                MiddlewareStage.Transcript, sp => sp.GetRequiredService<TranscriptMiddleware>()));
        }

        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.SectionName));
        return services;
    }

    private static bool Enabled(string? setting) =>
        string.IsNullOrWhiteSpace(setting) ? true
        : bool.TryParse(setting, out var enabled) ? enabled
        : throw new InvalidOperationException(
            $"{EnabledKey} is '{setting}'; set it to true (record every turn, the default) or false (record none).");
}
