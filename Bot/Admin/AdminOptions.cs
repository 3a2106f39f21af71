namespace ChatBot.Bot.Admin;

/// <summary>Settings of section <c>Admin</c>. No <see cref="ApiKey"/>: the operator endpoints are not mapped.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>Sent by operators in the <c>X-Api-Key</c> header. At least 16 characters when set.</summary>
    public string? ApiKey { get; set; }
}
