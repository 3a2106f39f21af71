namespace ChatBot.Answers.Text;

/// <summary>
/// The words retrieval ignores and the support-domain synonyms it folds together. Rules are general
/// vocabulary of cloud-storage support (how users say "log in", "two-factor", "people"), never a copy of a
/// particular question, so they hold for questions nobody has seen yet.
/// </summary>
internal static class DomainLexicon
{
    /// <summary>Function words, chat shorthand and politeness that say nothing about the topic.</summary>
    public static readonly string[] StopWords =
    [
        "a", "an", "the", "and", "or", "but", "so", "if", "then", "than", "as", "of", "in", "on", "at", "to",
        "for", "from", "by", "with", "w", "about", "into", "onto", "over", "up", "out", "off", "via", "per",
        "i", "i'm", "im", "i've", "ive", "i'd", "me", "my", "mine", "myself", "we", "we're", "were", "our", "ours",
        "us", "you", "your", "yours", "u", "ur", "he", "she", "him", "her", "his", "they", "them", "their", "it",
        "it's", "its", "this", "that", "these", "those", "there", "here", "is", "are", "r", "am", "was", "be",
        "been", "being", "do", "does", "did", "doing", "done", "have", "has", "had", "having", "can", "could",
        "would", "should", "will", "shall", "may", "might", "must", "how", "what", "whats", "what's", "why",
        "when", "where", "wheres", "where's", "which", "who", "whom", "whose", "please", "pls", "plz", "pl",
        "thanks", "thx", "hi", "hey", "hello", "just", "really", "very", "some", "any", "anything", "something",
        "also", "too", "again", "now", "still", "even", "ok", "okay", "yes", "yeah", "no", "not", "don't",
        "dont", "doesn't", "doesnt", "didn't", "didnt", "can't", "cant", "cannot", "won't", "wont", "isn't",
        "isnt", "aren't", "arent", "wasn't", "wasnt", "haven't", "havent", "get", "got", "getting", "want",
        "wanna", "need", "needs", "like", "would", "let", "lets", "let's", "know", "tell", "help", "question",
        "there's", "theres", "one", "ones", "thing", "things", "stuff", "guys", "hmm", "um", "well", "all",
        "go", "going", "way", "make", "use", "using",
    ];

    /// <summary>
    /// Solr synonym rules ("a, b => c"): each side is analysed like the text, so stems and multi-word
    /// phrases match. The right side is a word the knowledge base itself uses.
    /// </summary>
    public static readonly string[] SynonymRules =
    [
        "log in, log on, logon, sign in, signin, sign on, logging in, signing in => login",
        "2 step login, two step login, 2 step verification, two step verification, "
            + "two factor, two step, 2 step, 2fa, 2 fa, mfa, multi factor, authenticator, "
            + "verification code => twofactor",
        "single sign on, sso, saml, okta, entra, azure ad => sso",
        "personal data, personal information, personal info, personal details => personaldata",
        "people, ppl, person, persons, colleague, coworker, co worker, employee, staff, member, teammate, "
            + "seat, headcount => user",
        "real person, human, agent, representative, rep, someone real, operator, live person => human",
        "cost, costs, pricing, priced, fee, fees => price",
        "money back, reimburse, reimbursement, refunded, refund => refund",
        "annual, annually, yearly, year, years, per year, a year => yearly",
        "month, months, monthly, per month, a month => monthly",
        "end my subscription, terminate, unsubscribe, stop paying, stop my subscription, auto renewal, "
            + "auto renew, renewing, renewal => cancel",
        "space, quota, disk space, disk, capacity, room => storage",
        "gigabyte, gigabytes, gb => gb",
        "terabyte, terabytes, tb => tb",
        "receipt, receipts, bill, bills => invoice",
        "telephone, hotline, call, ring, phone number => phone",
        "speak, talk, chat with, contact => talk",
        "hacked, hack, compromised, breached, broke into, got into, break in => hacked",
        "sales tax, tax, taxes => vat",
        "outage, outages, downtime, down, offline, not loading, won't load, unavailable => outage",
        "laptop, pc, computer, desktop, notebook => computer",
        "iphone, android, mobile, smartphone, cell => mobile",
        "ownership, owner, owners => owner",
        "pw, pwd, passwd, passcode, password => password",
        "recover, restore, undelete, bring back, retrieve => restore",
        "erase, wipe, remove permanently => delete",
        "kick out, kick, kicked out, deactivate, offboard => remove",
        "credit card, debit card, card => card",
        "invite, onboard => invite",
        "slow, slowly, forever, sluggish, takes ages => slow",
        "client, customer, guest, guests, external, outside, outsider, stranger, strangers, randos, rando => external",
        "encryption, encrypted, encrypt, secure, security => secure",
        "limit, limits, max, maximum, biggest, largest, cap => limit",
        "upgrade, go from free to paid, upgrading, upgraded => upgrade",
        "downgrade, cheaper plan, downgrading => downgrade",
        "documents, document, docs, doc, file, files => file",
        "alert, alerts, notify, notified, notification, notifications => notify",
        "discount, discounts, cheaper => discount",
        "wrong password, too many attempts, locked out, lock out => locked",
        "gdpr, data protection => gdpr",
        "servers, server, datacenter, data center, hosted, located => location",
        "faster, quick, quickly, fast, respond, response, reply, answer => respond",
        "not sync, aren't sync, arent sync, isn't sync, isnt sync, won't sync, wont sync, doesn't sync, "
            + "doesnt sync, stop sync, stuck sync, not work, isn't work, isnt work, doesn't work, doesnt work, "
            + "don't work, dont work, stop work, won't work, wont work, broken => broken",
        "set up, setup, turn on, switch on, enable, activate, add => enable",
        "change, update, replace, swap, edit, modify => change",
        "prevent, block, restrict, forbid, disallow, disable, stop => block",
        "vs, versus, difference, differences, compare, comparison, better => compare",
    ];
}
