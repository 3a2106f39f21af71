using System.ComponentModel.DataAnnotations;

namespace ChatBot.Dialogs.Validation;

/// <summary>Limits on what a user may send. Bound from the "TurnInput" configuration section.</summary>
public sealed class TurnInputOptions
{
    public const string SectionName = "TurnInput";

    /// <summary>Longest message text, in characters, after normalisation. Default 2,000.</summary>
    [Range(1, 100_000)]
    public int MaxTextLength { get; set; } = 2_000;

    /// <summary>Most attachments on one message. Default 5.</summary>
    [Range(0, 100)]
    public int MaxAttachments { get; set; } = 5;

    /// <summary>Largest attachment sent inline (data URI), in bytes. Default 4 MiB.</summary>
    [Range(1, 100 * 1024 * 1024)]
    public int MaxAttachmentBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// Accepted attachment content types; a trailing "*" matches a prefix. The defaults are images, PDF and
    /// plain text that users upload, plus what channels attach on their own (Teams' HTML copy of the
    /// message, cards, file download info).
    /// </summary>
    [MinLength(1)]
    public List<string> AllowedAttachmentTypes { get; set; } =
    [
        "image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", "text/plain",
        "text/html", "application/vnd.microsoft.card.*", "application/vnd.microsoft.teams.file.*",
    ];

    /// <summary>What the rejection reply says is accepted, for attachments.</summary>
    [Required]
    public string AcceptedAttachmentsText { get; set; } = "images (PNG, JPEG, GIF, WebP), PDF and plain-text files";
}
