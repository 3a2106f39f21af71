using System.Globalization;

namespace ChatBot.Storage.Transcripts.Store;

/// <summary>
/// Keyset cursors: the token names the last row of the previous page, so rows that arrive meanwhile never shift
/// a later page. Plain numbers: they carry no secret and the server checks them like any other input.
/// </summary>
internal static class ContinuationToken
{
    public static string From(long key) => key.ToString(CultureInfo.InvariantCulture);

    /// <summary>The key after which the page starts; null for the first page.</summary>
    public static long? Parse(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        if (!long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var key))
        {
            throw new ArgumentException(
                "The continuation token is not one this store issued; pass the value of the previous page's "
                + "ContinuationToken unchanged, or none for the first page.",
                nameof(token));
        }

        return key;
    }
}
