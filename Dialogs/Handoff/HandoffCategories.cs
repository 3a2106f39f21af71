using ChatBot.Dialogs.Runtime.Choices;

namespace ChatBot.Dialogs.Handoff;

/// <summary>The ticket categories a user picks from, with the words that pick them.</summary>
public static class HandoffCategories
{
    public static IReadOnlyList<Choice> All { get; } =
    [
        new("Billing", "bill", "invoice", "payment", "refund", "charge", "subscription", "price"),
        new("Access", "account", "login", "log in", "sign in", "password", "2fa", "locked out"),
        new("Software", "app", "sync", "bug", "crash", "desktop", "mobile", "error", "hardware"),
        new("Other", "something else", "none of these", "else"),
    ];
}
