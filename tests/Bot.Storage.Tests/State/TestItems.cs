using Microsoft.Bot.Builder;

namespace ChatBot.Storage.Tests.State;

public sealed class PocoItem
{
    public string? Id { get; set; }

    public long Count { get; set; }
}

public sealed class PocoStoreItem : IStoreItem
{
    public string? Id { get; set; }

    public long Count { get; set; }

    public string? ETag { get; set; }
}

/// <summary>A dialog-state-like value that must come back as itself from an object-typed slot.</summary>
public sealed class TicketDraft
{
    public string? Category { get; set; }

    public bool Urgent { get; set; }

    public List<string> Names { get; set; } = [];
}
