namespace ChatBot.Answers.Retrieval;

/// <summary>
/// Other companies' products and services. A question about one of them ("reset my Gmail password", "Dropbox
/// won't sync") looks like a Larkspur question to a keyword matcher but is out of scope. Names the knowledge
/// base itself mentions (integrations such as Okta, PayPal, Slack) are never treated as foreign.
/// </summary>
internal static class ForeignProducts
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        // Storage and sync services.
        "dropbox", "onedrive", "google drive", "gdrive", "icloud", "box com", "mega", "pcloud", "sync com",
        "tresorit", "nextcloud", "owncloud", "wetransfer", "sharepoint", "backblaze", "idrive", "sugarsync",
        // Mail, social, media and shopping.
        "gmail", "hotmail", "yahoo", "protonmail", "proton", "facebook", "instagram", "whatsapp", "tiktok",
        "twitter", "snapchat", "linkedin", "reddit", "youtube", "netflix", "spotify", "disney", "hulu",
        "amazon", "ebay", "aliexpress", "temu", "etsy", "uber", "airbnb", "booking com", "zalando",
        "steam", "playstation", "xbox", "nintendo", "fortnite", "minecraft", "roblox",
        // Other software and AI tools.
        "zoom", "skype", "discord", "telegram", "notion", "evernote", "trello", "jira", "asana", "chatgpt",
        "openai", "photoshop", "canva", "windows update", "itunes", "apple music", "apple id",
        // Banks, payments and crypto.
        "ing", "revolut", "n26", "monzo", "barclays", "hsbc", "santander", "chase", "wells fargo",
        "bank of america", "citibank", "deutsche bank", "klarna", "venmo", "bitcoin", "ethereum", "crypto",
        "btc", "binance", "coinbase",
    };

    /// <summary>True when the normalised message names a product the knowledge base does not mention.</summary>
    public static bool Mentioned(IReadOnlyList<string> words, Func<string, bool> isKnownWord)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(isKnownWord);

        for (var i = 0; i < words.Count; i++)
        {
            if (Names.Contains(words[i]) && !isKnownWord(words[i]))
            {
                return true;
            }

            for (var length = 2; length <= 3 && i + length <= words.Count; length++)
            {
                var phrase = string.Join(' ', words.Skip(i).Take(length));
                if (Names.Contains(phrase) && !words.Skip(i).Take(length).All(isKnownWord))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
