namespace ChatBot.Storage.Redis.State;

/// <summary>One type added to the <see cref="StateTypeAllowList"/> by <c>AddStateType&lt;T&gt;()</c>.</summary>
public sealed record StateTypeRegistration(Type Type);
