namespace ChatBot.Bench.LoadGenerator.Targets;

/// <summary>The names errors are counted under.</summary>
public static class ErrorKinds
{
    public const string Timeout = "timeout";
    public const string Transport = "transport";
    public const string BadBody = "bad-body";
    public const string TurnError = "turn-error";
    public const string NoReply = "no-reply";
    public const string NoAnswerData = "no-answer-data";
    public const string WrongAnswer = "wrong-answer";

    public static string Http(int status) => $"http-{status}";
}
