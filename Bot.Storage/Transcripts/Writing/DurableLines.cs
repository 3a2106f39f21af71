namespace ChatBot.Storage.Transcripts.Writing;

/// <summary>The append the journal and the rejected-records file share: one line, on disk before it returns.</summary>
internal static class DurableLines
{
    /// <summary>
    /// Appends <paramref name="line"/> and a newline to <paramref name="path"/> (creating its folder) and flushes
    /// them to disk (fsync), so what was appended survives a crash. Callers serialise their own appends.
    /// </summary>
    public static void Append(string path, ReadOnlySpan<byte> line)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        stream.Write(line);
        stream.WriteByte((byte)'\n');
        stream.Flush(flushToDisk: true);
    }
}
