using ChatBot.Bot.DirectLine;
using ChatBot.Bot.Hosting;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.WebChat;

public static class WebChatServiceCollectionExtensions
{
    /// <summary>The Web Chat page's token source and, in local mode, the bot's own Direct Line channel.</summary>
    public static IServiceCollection AddWebChat(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidator<DirectLineOptions>, DirectLineOptionsValidator>();
        services.AddSingleton<IValidateOptions<DirectLineOptions>, FluentValidateOptions<DirectLineOptions>>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient<DirectLineTokenExchange>(DirectLineTokenExchange.HttpClientName);
        services.AddSingleton<DirectLineTokenIssuer>();
        services.AddSingleton<LocalConversationStore>();
        services.AddSingleton<LocalConnectorHandler>();
        services.AddSingleton<LocalConnectorFactory>();
        services.AddSingleton<LocalDirectLineChannel>();
        return services;
    }
}
