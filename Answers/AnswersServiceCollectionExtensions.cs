using System.ClientModel;
using System.ClientModel.Primitives;
using ChatBot.Answers.Caching;
using ChatBot.Answers.Knowledge;
using ChatBot.Answers.Llm;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI;

namespace ChatBot.Answers;

public static class AnswersServiceCollectionExtensions
{
    /// <summary>
    /// Registers the answer engine: options (validated at start), the knowledge base, retrieval, the optional
    /// model phrasing when <c>Answers:Llm</c> is configured, and the answer cache in front of it all. The
    /// in-process <see cref="MemoryAnswerCache"/> is used unless another <see cref="IAnswerCache"/> is
    /// registered (before or after this call).
    /// </summary>
    public static IServiceCollection AddAnswers(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<KnowledgeOptions>()
            .Bind(configuration.GetSection(KnowledgeOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<AnswersOptions>()
            .Bind(configuration.GetSection(AnswersOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<AnswerCacheOptions>()
            .Bind(configuration.GetSection(AnswerCacheOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<KnowledgeProvider>();
        services.AddHostedService<KnowledgeWarmup>();
        services.TryAddSingleton<KnowledgeAnswerEngine>();
        services.TryAddSingleton<IAnswerCache, MemoryAnswerCache>();
        services.TryAddSingleton<IAnswerEngine>(CreateEngine);
        return services;
    }

    private static IAnswerEngine CreateEngine(IServiceProvider services)
    {
        IAnswerEngine engine = services.GetRequiredService<KnowledgeAnswerEngine>();
        var options = services.GetRequiredService<IOptions<AnswersOptions>>();
        var chat = services.GetService<IChatClient>() ?? CreateChatClient(options.Value.Llm);
        if (chat is not null)
        {
            engine = new LlmPhrasingEngine(
                engine,
                chat,
                services.GetRequiredService<KnowledgeProvider>(),
                options,
                services.GetRequiredService<TimeProvider>(),
                services.GetRequiredService<ILogger<LlmPhrasingEngine>>());
        }

        // The cache sits outside the model: a cached answer skips the expensive call entirely.
        return new CachingAnswerEngine(
            engine,
            services.GetRequiredService<IAnswerCache>(),
            services.GetRequiredService<IOptions<AnswerCacheOptions>>(),
            services.GetRequiredService<ILogger<CachingAnswerEngine>>());
    }

    private static IChatClient? CreateChatClient(LlmOptions options)
    {
        if (!options.IsConfigured)
        {
            return null;
        }

        // The model call has its own timeout (Answers:Llm:Timeout); the client must not retry past it.
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = options.Endpoint,
            NetworkTimeout = options.Timeout,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        };
        var client = new OpenAIClient(new ApiKeyCredential(options.ApiKey!), clientOptions);
        return client.GetChatClient(options.Model!).AsIChatClient();
    }
}
