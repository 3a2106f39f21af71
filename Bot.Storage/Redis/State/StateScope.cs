namespace ChatBot.Storage.Redis.State;

/// <summary>Whose state a Bot Framework storage key holds; decides the key's hash tag and its expiry.</summary>
public enum StateScope
{
    /// <summary><c>{channel}/conversations/{id}</c> and <c>{channel}/conversations/{id}/users/{user}</c>.</summary>
    Conversation,

    /// <summary><c>{channel}/users/{id}</c>.</summary>
    User,

    /// <summary>Any other key shape: kept as long as user state, tagged by the whole key.</summary>
    Other,
}
