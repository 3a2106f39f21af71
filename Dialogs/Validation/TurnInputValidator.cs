using System.Globalization;
using ChatBot.Dialogs.Runtime.Input;
using FluentValidation;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace ChatBot.Dialogs.Validation;

/// <summary>
/// Rules for an incoming turn. A message is fine when it has text, card data or attachments (bugs B04,
/// B06); blank text counts as none. Every message says what was wrong and what is accepted; error codes
/// name the rule for logs, which never carry the user's text.
/// </summary>
public sealed class TurnInputValidator : AbstractValidator<Activity>
{
    public const string MissingSender = "missing_sender";
    public const string MissingConversation = "missing_conversation";
    public const string EmptyMessage = "empty_message";
    public const string TextTooLong = "text_too_long";
    public const string ControlCharacters = "control_characters";
    public const string TooManyAttachments = "too_many_attachments";
    public const string AttachmentType = "attachment_type";
    public const string AttachmentTooLarge = "attachment_too_large";

    public TurnInputValidator(IOptions<TurnInputOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var limits = options.Value;
        ClassLevelCascadeMode = CascadeMode.Stop;

        RuleFor(a => a.From).Must(HaveAnId).WithErrorCode(MissingSender)
            .WithMessage("The message has no sender, so I can't tell who wrote it.");
        RuleFor(a => a.Conversation).Must(HaveAnId).WithErrorCode(MissingConversation)
            .WithMessage("The message belongs to no conversation, so I can't answer it.");

        When(IsMessage, () =>
        {
            RuleFor(a => a).Must(HaveTextValueOrAttachments).WithErrorCode(EmptyMessage)
                .WithMessage("Your message looks empty. Please type your question.");
            RuleFor(a => TurnText.Of(a)).MaximumLength(limits.MaxTextLength).WithErrorCode(TextTooLong)
                .WithMessage(a => $"Your message is {TurnText.Of(a).Length:N0} characters long; I can read up to " +
                    $"{limits.MaxTextLength:N0}. Please send a shorter message, or split it up.");
            RuleFor(a => a.Text).Must(HaveNoControlCharacters).WithErrorCode(ControlCharacters)
                .WithMessage("Your message contains control characters I can't read. Please send plain text.");
            RuleFor(a => a.Attachments).Must(a => a is null || a.Count <= limits.MaxAttachments)
                .WithErrorCode(TooManyAttachments)
                .WithMessage($"Please send at most {limits.MaxAttachments} files in one message.");
            RuleForEach(a => a.Attachments).Must(a => IsAllowedType(a, limits)).WithErrorCode(AttachmentType)
                .WithMessage((_, a) => $"I can't open files of type {a?.ContentType ?? "unknown"}. " +
                    $"I accept {limits.AcceptedAttachmentsText}.");
            RuleForEach(a => a.Attachments).Must(a => InlineSize(a) <= limits.MaxAttachmentBytes)
                .WithErrorCode(AttachmentTooLarge)
                .WithMessage((_, a) => $"That file is too large ({Megabytes(InlineSize(a))}). " +
                    $"I accept files up to {Megabytes(limits.MaxAttachmentBytes)}.");
        });
    }

    private static bool IsMessage(Activity activity) => activity.Type == ActivityTypes.Message;

    private static bool HaveAnId(ChannelAccount? account) => !string.IsNullOrWhiteSpace(account?.Id);

    private static bool HaveAnId(ConversationAccount? conversation) => !string.IsNullOrWhiteSpace(conversation?.Id);

    private static bool HaveTextValueOrAttachments(Activity activity) =>
        TurnText.Of(activity).Length > 0 || activity.Value is not null || activity.Attachments is { Count: > 0 };

    private static bool HaveNoControlCharacters(string? text) =>
        text is null || !text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));

    private static bool IsAllowedType(Attachment? attachment, TurnInputOptions limits)
    {
        var type = attachment?.ContentType;
        if (string.IsNullOrWhiteSpace(type))
        {
            return false;
        }

        return limits.AllowedAttachmentTypes.Any(allowed => allowed.EndsWith('*')
            ? type.StartsWith(allowed[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(type, allowed, StringComparison.OrdinalIgnoreCase));
    }

    // Only inline (data:) attachments have a size we can know without downloading; linked files are
    // checked by the channel that hosts them.
    private static long InlineSize(Attachment? attachment)
    {
        var url = attachment?.ContentUrl;
        if (url is null || !url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var comma = url.IndexOf(',', StringComparison.Ordinal);
        var payload = comma < 0 ? 0 : url.Length - comma - 1;
        return url.Contains(";base64,", StringComparison.OrdinalIgnoreCase) ? payload / 4L * 3 : payload;
    }

    private static string Megabytes(long bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024d):0.#} MB");
}
