namespace ChatBot.Storage.Transcripts.Store;

/// <summary>What deleting one user removed, per kind of data.</summary>
public sealed record UserDeletionResult(int Conversations, int Activities, int Tickets, int OtherItems);
