using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Answers.Tests;

public sealed class LlmPhrasingTests : IAsyncLifetime
{
    private const string Question = "How do I reset my password?";

    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AnswerAsync_ModelConfigured_PhrasesGroundedOnTopEntries()
    {
        using var services = Build(TimeSpan.FromSeconds(10));
        var entry = TestEngines.ShippedKnowledge.Knowledge.Find("account-password-reset")!;

        var answer = await services.GetRequiredService<IAnswerEngine>().AnswerAsync(new AnswerRequest(Question));

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal("account-password-reset", answer.EntryId);
        Assert.Equal("Phrased by the model.", answer.Text);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("test-model", request.Model);
        Assert.Equal("Bearer test-key", request.Authorization);
        Assert.Equal(Question, request.Message("user"));
        var grounding = request.Message("system");
        Assert.Contains(entry.Answer, grounding, StringComparison.Ordinal);
        Assert.Contains("only the facts", grounding, StringComparison.Ordinal);
        Assert.Equal(3, grounding.Split("Entry ").Length - 1);
    }

    [Fact]
    public async Task AnswerAsync_ModelTooSlow_FallsBackToEntryTextWithinTimeout()
    {
        _server.Behaviour = FakeOpenAiServer.Mode.Hang;
        using var services = Build(TimeSpan.FromSeconds(2));
        var entry = TestEngines.ShippedKnowledge.Knowledge.Find("account-password-reset")!;
        var clock = Stopwatch.StartNew();

        var answer = await services.GetRequiredService<IAnswerEngine>().AnswerAsync(new AnswerRequest(Question));

        // At least the timeout (the model was waited for), far less than the server's 30 s hang.
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.9), TimeSpan.FromSeconds(20));
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal(entry.Answer, answer.Text);
    }

    [Fact]
    public async Task AnswerAsync_ModelFails_FallsBackToEntryText()
    {
        _server.Behaviour = FakeOpenAiServer.Mode.Fail;
        using var services = Build(TimeSpan.FromSeconds(10));
        var entry = TestEngines.ShippedKnowledge.Knowledge.Find("account-password-reset")!;

        var answer = await services.GetRequiredService<IAnswerEngine>().AnswerAsync(new AnswerRequest(Question));

        Assert.Equal(entry.Answer, answer.Text);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task AnswerAsync_ModelReturnsNothing_FallsBackToEntryText()
    {
        _server.Reply = "   ";
        using var services = Build(TimeSpan.FromSeconds(10));
        var entry = TestEngines.ShippedKnowledge.Knowledge.Find("account-password-reset")!;

        var answer = await services.GetRequiredService<IAnswerEngine>().AnswerAsync(new AnswerRequest(Question));

        Assert.Equal(entry.Answer, answer.Text);
    }

    [Theory]
    [InlineData("whats the weather in berlin tomorrow")]
    [InlineData("hello")]
    public async Task AnswerAsync_NotAnsweredFromKnowledge_ModelNotCalled(string text)
    {
        using var services = Build(TimeSpan.FromSeconds(10));

        await services.GetRequiredService<IAnswerEngine>().AnswerAsync(new AnswerRequest(text));

        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task AnswerAsync_SameQuestionTwice_ModelCalledOnceThanksToCache()
    {
        using var services = Build(TimeSpan.FromSeconds(10));
        var engine = services.GetRequiredService<IAnswerEngine>();

        var first = await engine.AnswerAsync(new AnswerRequest(Question));
        var second = await engine.AnswerAsync(new AnswerRequest("how do i reset my password"));

        Assert.Equal("Phrased by the model.", second.Text);
        Assert.Equal(first, second);
        Assert.Single(_server.Requests);
    }

    private ServiceProvider Build(TimeSpan timeout)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Answers:Llm:Endpoint"] = _server.Endpoint.ToString(),
            ["Answers:Llm:Model"] = "test-model",
            ["Answers:Llm:ApiKey"] = "test-key",
            ["Answers:Llm:Timeout"] = timeout.ToString(),
        }).Build();
        return new ServiceCollection().AddLogging().AddAnswers(configuration).BuildServiceProvider();
    }
}
