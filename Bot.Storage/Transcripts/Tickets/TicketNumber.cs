using System.Globalization;

namespace ChatBot.Storage.Transcripts.Tickets;

/// <summary>
/// The number a user is shown for a ticket: "T-" and the row id, at least six digits. Short enough to read
/// out on the phone, and too short for the PII redactor to take it for a phone number.
/// </summary>
public static class TicketNumber
{
    private const string Prefix = "T-";

    public static string Format(long id) => Prefix + id.ToString("D6", CultureInfo.InvariantCulture);

    public static bool TryParse(string? number, out long id)
    {
        id = 0;
        return number is not null
            && number.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            && long.TryParse(number.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out id);
    }
}
