using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace ChatBot.Bot.Adapter;

/// <summary>A user-token client shared by many turns: each turn disposes it, so disposal is ignored.</summary>
internal sealed class SharedUserTokenClient(UserTokenClient inner) : UserTokenClient
{
    public UserTokenClient Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    public override Task<TokenResponse> GetUserTokenAsync(
        string userId, string connectionName, string channelId, string magicCode,
        CancellationToken cancellationToken) =>
        Inner.GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken);

    public override Task<SignInResource> GetSignInResourceAsync(
        string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
        Inner.GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken);

    public override Task SignOutUserAsync(
        string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
        Inner.SignOutUserAsync(userId, connectionName, channelId, cancellationToken);

    public override Task<TokenStatus[]> GetTokenStatusAsync(
        string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
        Inner.GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken);

    public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(
        string userId, string connectionName, string[] resourceUrls, string channelId,
        CancellationToken cancellationToken) =>
        Inner.GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken);

    public override Task<TokenResponse> ExchangeTokenAsync(
        string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest,
        CancellationToken cancellationToken) =>
        Inner.ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken);

    // Shared for the life of the process: the turn that "disposes" it is only done with it, so the inner client
    // stays open (the base class holds nothing of its own).
    protected override void Dispose(bool disposing) => base.Dispose(disposing);
}
