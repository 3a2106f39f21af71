using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ChatBot.Storage.Redis.State;

/// <summary>
/// How a state item carries its ETag, the same for every store of ours: which ETag a write expects, and how a read
/// hands the stored ETag back on the item.
/// </summary>
internal static class StoredItemETag
{
    private const string Property = "ETag";
    private const string Wildcard = "*";

    /// <summary>
    /// The ETag a write must find, or "" for an unconditional write. The SDK's rule (MemoryStorage): only an
    /// <see cref="IStoreItem"/>, or a JObject carrying "ETag", asks for a check; the plain dictionaries the SDK's
    /// BotState writes overwrite. Unlike MemoryStorage, a null ETag means "no ETag" and overwrites too.
    /// </summary>
    public static string ExpectedBy(object value) =>
        (value switch
        {
            IStoreItem item => item.ETag,
            JObject obj => obj.Value<string>(Property),
            _ => null,
        }) is { } etag and not Wildcard
            ? etag
            : string.Empty;

    /// <summary>Puts the stored ETag on a freshly read item, where the SDK's state code looks for it.</summary>
    public static object Attach(object item, string etag)
    {
        switch (item)
        {
            case IStoreItem storeItem:
                storeItem.ETag = etag;
                break;
            case JObject obj:
                obj[Property] = etag;
                break;
            case IDictionary<string, object> dictionary:
                dictionary[Property] = etag;
                break;
        }

        return item;
    }
}
