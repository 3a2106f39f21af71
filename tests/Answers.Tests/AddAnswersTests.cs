using ChatBot.Answers.Caching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Answers.Tests;

public class AddAnswersTests
{
    [Fact]
    public async Task AddAnswers_Defaults_AnswersThroughMemoryCache()
    {
        using var services = Build([]);

        var engine = services.GetRequiredService<IAnswerEngine>();
        var answer = await engine.AnswerAsync(new AnswerRequest("how do i reset my password"));

        Assert.IsType<CachingAnswerEngine>(engine);
        Assert.IsType<MemoryAnswerCache>(services.GetRequiredService<IAnswerCache>());
        Assert.Equal("account-password-reset", answer.EntryId);
    }

    [Fact]
    public void AddAnswers_OtherCacheRegisteredFirst_KeepsIt()
    {
        var collection = new ServiceCollection().AddLogging().AddSingleton<IAnswerCache, NoCache>();
        collection.AddAnswers(new ConfigurationBuilder().Build());
        using var services = collection.BuildServiceProvider();

        Assert.IsType<NoCache>(services.GetRequiredService<IAnswerCache>());
    }

    [Theory]
    [InlineData("Answers:SuggestThreshold", "0.9", "must not exceed Answers:AnswerThreshold")]
    [InlineData("Answers:Llm:Endpoint", "http://127.0.0.1:1/v1", "half configured")]
    [InlineData("AnswerCache:Ttl", "00:00:00", "Ttl")]
    public async Task AddAnswers_BadSettings_HostFailsToStartNamingTheSetting(string key, string value, string expected)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection([new(key, value)]);
        builder.Services.AddAnswers(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddAnswers(configuration).BuildServiceProvider();
    }

    private sealed class NoCache : IAnswerCache
    {
        public ValueTask<Answer?> GetAsync(string key, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<Answer?>(null);

        public ValueTask SetAsync(string key, Answer answer, CancellationToken cancellationToken = default) =>
            ValueTask.CompletedTask;
    }
}
