using ChatBot.Storage.Redis;
using ChatBot.Storage.Redis.State;

namespace ChatBot.Storage.Tests.State;

/// <summary>
/// Key format v1 pinned to values computed outside .NET (SHA-256, first hex digits), so a faster digest can never
/// silently move keys: stored conversations, user profiles and cached answers must stay where they are.
/// </summary>
public sealed class RedisKeysFormatTests
{
    private readonly RedisKeys _keys = new("chatbot");

    [Fact]
    public void ForTurn_FormatV1_KeysUnchanged()
    {
        var turn = _keys.ForTurn("directline", "FakeDLConv0011Race001-eu", "29:1ÄbcΩ{}");

        Assert.Equal(
            "chatbot:v1:{c:04a98b04fb6130bf}:state:directline/conversations/FakeDLConv0011Race001-eu",
            turn.ConversationState.ToString());
        Assert.Equal("chatbot:v1:{c:04a98b04fb6130bf}:lock", turn.TurnLock.ToString());
        Assert.Equal(
            "{c:04a98b04fb6130bf}",
            RedisKeys.ConversationTag(BotStateKey.ConversationOwner("directline", "FakeDLConv0011Race001-eu")));
    }

    [Fact]
    public void Answer_FormatV1_KeyUnchanged()
    {
        var key = _keys.Answer("chatbot:answer:fa80c47d732e57bb:-:-:what are your support hours");

        Assert.Equal("chatbot:v1:answer:d9f0cc0957bfcbf82443ee824ac312fb", key.ToString());
    }

    [Fact]
    public void RateWindow_OwnerWithBracesAndNonAscii_DigestOfItsUtf8Bytes()
    {
        Assert.Equal(
            "chatbot:v1:{u:23fe0d87a0f06ece}:rate",
            _keys.RateWindow(BotStateKey.UserOwner("msteams", "29:1ÄbcΩ{}")).ToString());
    }
}
