using System.Text;
using ChatBot.Bench.LoadGenerator.Questions;
using ChatBot.Bench.LoadGenerator.Targets;

namespace ChatBot.Bot.Tests.Bench;

/// <summary>How the load generator judges an expectReplies body: these verdicts are the benchmark's error
/// column.</summary>
public sealed class ReplyJudgementTests
{
    private static readonly Turn Question = new(TurnKind.Question, "how do i reset my password",
        "account-password-reset");

    [Fact]
    public void Judge_ReplyNamingTheExpectedEntry_IsRight()
    {
        var outcome = BotTarget.Judge(Question, 200, Body(Message("account-password-reset")));

        Assert.True(outcome.Ok);
        Assert.Equal(1, outcome.Replies);
    }

    [Fact]
    public void Judge_ReplyNamingAnotherEntry_IsWrongAnswer()
    {
        var outcome = BotTarget.Judge(Question, 200, Body(Message("billing-refund-monthly")));

        Assert.Equal(ErrorKinds.WrongAnswer, outcome.Error);
        Assert.Equal("billing-refund-monthly", outcome.AnswerId);
    }

    [Fact]
    public void Judge_AbstentionExpectedAndGiven_IsRight()
    {
        var outOfScope = new Turn(TurnKind.OutOfScope, "weather in berlin", null);

        Assert.True(BotTarget.Judge(outOfScope, 200,
            Body("""{"type":"message","channelData":{"answer":{"id":null}}}""")).Ok);
        Assert.Equal(ErrorKinds.WrongAnswer, BotTarget.Judge(outOfScope, 200, Body(Message("storage-full"))).Error);
    }

    [Fact]
    public void Judge_TurnErrorTrace_IsTurnErrorEvenWithAnApology()
    {
        var body = Body(
            """{"type":"message","text":"Sorry, something went wrong"}""",
            """{"type":"trace","name":"OnTurnError Trace","label":"TurnError"}""");

        Assert.Equal(ErrorKinds.TurnError, BotTarget.Judge(Question, 200, body).Error);
    }

    [Fact]
    public void Judge_FeedbackAcknowledgedWithoutAnswerData_IsRight()
    {
        var feedback = Turn.Feedback("account-password-reset");

        Assert.True(BotTarget.Judge(feedback, 200, Body("""{"type":"message","text":"Thanks"}""")).Ok);
        Assert.Equal(ErrorKinds.NoReply, BotTarget.Judge(feedback, 200, Body()).Error);
    }

    [Theory]
    [InlineData(429, "http-429")]
    [InlineData(500, "http-500")]
    public void Judge_StatusOtherThan200_IsCountedByStatus(int status, string kind)
    {
        Assert.Equal(kind, BotTarget.Judge(Question, status, Body(Message("account-password-reset"))).Error);
    }

    [Fact]
    public void Judge_BodyWithoutActivities_IsBadBody()
    {
        Assert.Equal(ErrorKinds.BadBody, BotTarget.Judge(Question, 200, Encoding.UTF8.GetBytes("{}")).Error);
        Assert.Equal(ErrorKinds.BadBody, BotTarget.Judge(Question, 200, Encoding.UTF8.GetBytes("<html>")).Error);
    }

    private static string Message(string id) =>
        "{\"type\":\"message\",\"channelData\":{\"answer\":{\"id\":\"" + id + "\",\"confidence\":0.9}}}";

    private static byte[] Body(params string[] activities) =>
        Encoding.UTF8.GetBytes("{\"activities\":[" + string.Join(",", activities) + "]}");
}
