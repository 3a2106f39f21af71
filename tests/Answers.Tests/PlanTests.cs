namespace ChatBot.Answers.Tests;

public class PlanTests
{
    [Theory]
    [InlineData("how much storage do we get", "team", "storage-limit-team")]
    [InlineData("how much storage do we get", "business", "storage-limit-business")]
    [InlineData("how fast does support answer", "free", "support-response-free")]
    public async Task AnswerAsync_PlanKnown_PlanDecides(string text, string plan, string expected)
    {
        var answer = await TestEngines.Create().AnswerAsync(new AnswerRequest(text, Plan: plan));

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal(expected, answer.EntryId);
    }

    [Fact]
    public async Task AnswerAsync_PlanUnknownAndMatters_NeedsPlanWithFamily()
    {
        var answer = await TestEngines.Create().AnswerAsync(new AnswerRequest("how much storage do we get"));

        Assert.Equal(AnswerKind.NeedsPlan, answer.Kind);
        Assert.Equal(
            ["storage-limit-business", "storage-limit-free", "storage-limit-team"],
            answer.Candidates.Select(c => c.EntryId).Order(StringComparer.Ordinal));
        Assert.Contains("Free, Team or Business", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_RefundCycleUnknown_AsksMonthlyOrYearly()
    {
        var answer = await TestEngines.Create().AnswerAsync(new AnswerRequest("can i get a refund"));

        Assert.Equal(AnswerKind.NeedsPlan, answer.Kind);
        Assert.Equal(2, answer.Candidates.Count);
        Assert.Contains("monthly or yearly", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how much storage on the €8 plan", "storage-limit-team")]
    [InlineData("we use SSO, how much storage do we get", "storage-limit-business")]
    [InlineData("we pay 15 euro per user, how fast is support", "support-response-business")]
    [InlineData("refund on our annual subscription?", "billing-refund-yearly")]
    [InlineData("refund for my anual plan", "billing-refund-yearly")]
    [InlineData("can i get my money back, i pay monthly", "billing-refund-monthly")]
    [InlineData("team plan how many gb do we get", "storage-limit-team")]
    public async Task AnswerAsync_PlanMentionedInText_PicksVariant(string text, string expected)
    {
        var answer = await TestEngines.Create().AnswerAsync(new AnswerRequest(text));

        Assert.Equal(expected, answer.EntryId);
    }

    [Fact]
    public async Task AnswerAsync_TextNamesPlanOtherThanProfile_TextWins()
    {
        var answer = await TestEngines.Create()
            .AnswerAsync(new AnswerRequest("how much does the business plan cost", Plan: "team"));

        Assert.Equal("plans-price-business", answer.EntryId);
    }

    [Fact]
    public async Task AnswerAsync_HintAndProfileDisagree_ProfileWins()
    {
        var answer = await TestEngines.Create()
            .AnswerAsync(new AnswerRequest("we use sso, how much storage do we get", Plan: "team"));

        Assert.Equal("storage-limit-team", answer.EntryId);
    }

    [Theory]
    [InlineData("billing-refund-monthly", "and for yearly plans?", "billing-refund-yearly")]
    [InlineData("billing-refund-yearly", "what about monthly?", "billing-refund-monthly")]
    [InlineData("storage-limit-team", "and on business?", "storage-limit-business")]
    [InlineData("support-response-free", "what about the team plan", "support-response-team")]
    [InlineData("plans-price-team", "and business?", "plans-price-business")]
    public async Task AnswerAsync_FollowUpOnTopic_ResolvesWithinTopic(string topic, string text, string expected)
    {
        var answer = await TestEngines.Create().AnswerAsync(new AnswerRequest(text, Topic: topic));

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal(expected, answer.EntryId);
        Assert.True(answer.FollowUp);
    }

    [Theory]
    [InlineData("billing-refund-monthly", "phone number?", "support-phone")]
    [InlineData("storage-limit-team", "gdpr?", "privacy-gdpr")]
    public async Task AnswerAsync_ShortCompleteQuestionWithTopic_AnswersItself(
        string topic, string text, string expected)
    {
        var answer = await TestEngines.Create().AnswerAsync(new AnswerRequest(text, Topic: topic));

        Assert.Equal(expected, answer.EntryId);
    }

    [Fact]
    public async Task AnswerAsync_FullQuestionWithTopic_IgnoresTopic()
    {
        var answer = await TestEngines.Create().AnswerAsync(
            new AnswerRequest("how do i turn on two factor authentication", Topic: "billing-refund-monthly"));

        Assert.Equal("security-2fa-enable", answer.EntryId);
        Assert.False(answer.FollowUp);
    }
}
