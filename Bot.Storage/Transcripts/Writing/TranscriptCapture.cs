namespace ChatBot.Storage.Transcripts.Writing;

/// <summary>
/// What the transcript middleware fills in when it captures an activity, on the stored copy only.
/// <see cref="Role"/> null keeps the activity's own role (bot when it has none); <see cref="Type"/> null keeps its
/// type; <see cref="FillId"/> gives an activity without an id a generated one, as the SDK's middleware did.
/// </summary>
internal readonly record struct TranscriptCapture(string? Role = null, string? Type = null, bool FillId = false);
