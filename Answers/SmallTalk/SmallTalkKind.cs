namespace ChatBot.Answers.SmallTalk;

/// <summary>The kinds of small talk, in the order of precedence when a message mixes them.</summary>
internal enum SmallTalkKind
{
    Acknowledgement,
    Greeting,
    Identity,
    Thanks,
    Goodbye,
}
