namespace ChatBot.Bot.Tests.Teams;

/// <summary>
/// Sends that Teams throttles (HTTP 429) are retried after the Retry-After it asks for. The connector stub plays
/// Teams' service and answers the first send with 429.
/// </summary>
public sealed class TeamsThrottleTests : TeamsScenario
{
    [Fact]
    public async Task Send_ThrottledWithRetryAfter_IsRetriedAfterTheWaitAndDelivered()
    {
        var throttled = 0;
        Connector.Respond = _ => Interlocked.Increment(ref throttled) == 1 ? (429, "1") : (200, null);

        var response = await Bot.PostAsync(PersonalMessage("hi"));
        var sent = await Connector.WaitForActivitiesAsync(2, TimeSpan.FromSeconds(15));

        Assert.InRange(response.Status, 200, 202);
        Assert.True(sent.Count == 2, string.Join("\n", sent.Select(s => $"{s.At:O} {s.Body?["type"]}")));
        Assert.Equal(sent[0].Body?["text"]?.ToString(), sent[1].Body?["text"]?.ToString());
        Assert.True(sent[1].At - sent[0].At >= TimeSpan.FromMilliseconds(900),
            $"the retry came {(sent[1].At - sent[0].At).TotalMilliseconds} ms after the 429, before Retry-After: 1");
    }
}
