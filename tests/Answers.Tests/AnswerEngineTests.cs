namespace ChatBot.Answers.Tests;

public class AnswerEngineTests
{
    [Theory]
    [InlineData("hi")]
    [InlineData("hello 👋")]
    [InlineData("ok thx bye")]
    [InlineData("cool, that helped")]
    [InlineData("Thank you so much!")]
    [InlineData("are you a bot?")]
    [InlineData("good evening")]
    public async Task AnswerAsync_SmallTalk_IsSmallTalk(string text)
    {
        var answer = await TestEngines.Create().AnswerAsync(new AnswerRequest(text));

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(Answer.SmallTalkId, answer.EntryId);
    }

    [Fact]
    public async Task AnswerAsync_GreetingWithQuestion_AnswersTheQuestion()
    {
        var answer = await TestEngines.Create().AnswerAsync(new AnswerRequest("hi, how do i reset my password?"));

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal("account-password-reset", answer.EntryId);
    }

    [Fact]
    public async Task AnswerAsync_ClearQuestion_AnsweredWithEntryText()
    {
        var answer = await TestEngines.Create().AnswerAsync(new AnswerRequest("How do I reset my password?"));

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal("account-password-reset", answer.EntryId);
        Assert.Contains("password", answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.InRange(answer.Confidence, 0.5, 1.0);
        Assert.Equal("How do I reset my password?", answer.Title);
    }

    [Theory]
    [InlineData("whats the weather in berlin tomorrow")]
    [InlineData("how do i reset my gmail password")]
    [InlineData("my dropbox wont sync")]
    public async Task AnswerAsync_OutOfScope_Abstains(string text)
    {
        var answer = await TestEngines.Create().AnswerAsync(new AnswerRequest(text));

        Assert.Equal(AnswerKind.Abstained, answer.Kind);
        Assert.Null(answer.EntryId);
    }

    [Fact]
    public async Task AnswerAsync_ConfidenceBetweenThresholds_OffersTopThree()
    {
        var confidence = await ConfidenceOf(Paraphrase);
        var engine = TestEngines.Create(
            new AnswersOptions { AnswerThreshold = confidence + 0.01, SuggestThreshold = confidence - 0.01 });

        var answer = await engine.AnswerAsync(new AnswerRequest(Paraphrase));

        Assert.Equal(AnswerKind.DidYouMean, answer.Kind);
        Assert.Null(answer.EntryId);
        Assert.Equal(3, answer.Candidates.Count);
        Assert.Equal("account-password-reset", answer.Candidates[0].EntryId);
        Assert.True(answer.Candidates[0].Confidence >= answer.Candidates[2].Confidence);
    }

    [Fact]
    public async Task AnswerAsync_ConfidenceBelowSuggestThreshold_Abstains()
    {
        var confidence = await ConfidenceOf(Paraphrase);
        var engine = TestEngines.Create(
            new AnswersOptions { AnswerThreshold = confidence + 0.02, SuggestThreshold = confidence + 0.01 });

        var answer = await engine.AnswerAsync(new AnswerRequest(Paraphrase));

        Assert.Equal(AnswerKind.Abstained, answer.Kind);
        Assert.Empty(answer.Candidates);
    }

    [Fact]
    public async Task AnswerAsync_ConfidenceAtAnswerThreshold_Answers()
    {
        var confidence = await ConfidenceOf(Paraphrase);
        var engine = TestEngines.Create(
            new AnswersOptions { AnswerThreshold = confidence, SuggestThreshold = confidence });

        var answer = await engine.AnswerAsync(new AnswerRequest(Paraphrase));

        Assert.Equal(AnswerKind.Answered, answer.Kind);
    }

    private const string Paraphrase = "forgot the password for my larkspur login";

    private static async Task<double> ConfidenceOf(string text)
    {
        var answer = await TestEngines.Create(new AnswersOptions { AnswerThreshold = 0, SuggestThreshold = 0 })
            .AnswerAsync(new AnswerRequest(text));
        Assert.Equal("account-password-reset", answer.EntryId);
        Assert.InRange(answer.Confidence, 0.1, 0.98);
        return answer.Confidence;
    }

    [Theory]
    [InlineData("\u200Bhow do i\u200B reset my   PASSWORD???")]
    [InlineData("cant log in, forgot pasword")]
    public async Task AnswerAsync_FormatCharactersAndTypos_StillAnswered(string text)
    {
        var answer = await TestEngines.Create().AnswerAsync(new AnswerRequest(text));

        Assert.Equal("account-password-reset", answer.EntryId);
    }

    [Fact]
    public void Search_Query_ReturnsBestFirst()
    {
        var results = TestEngines.Create().Search("share link password", 5);

        Assert.Equal(5, results.Count);
        Assert.Equal("sharing-link-password-expiry", results[0].EntryId);
        Assert.True(results[0].Confidence >= results[1].Confidence);
    }
}
