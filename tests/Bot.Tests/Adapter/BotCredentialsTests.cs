using ChatBot.Bot.Adapter;
using ChatBot.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests.Adapter;

public sealed class BotCredentialsTests
{
    private const string AppId = "00000001-0000-1000-8000-00000000a001";
    private const string TenantId = "00000001-0000-1000-8000-00000000a002";

    [Fact]
    public void Validate_NothingSet_IsAnonymousAndValid()
    {
        var options = new BotCredentialsOptions();

        var result = new BotCredentialsValidator().Validate(options);

        Assert.True(result.IsValid);
        Assert.True(options.IsAnonymous);
    }

    [Theory]
    [InlineData("SingleTenant", AppId, "secret", null, "MicrosoftAppTenantId")]
    [InlineData("MultiTenant", AppId, "secret", TenantId, "SingleTenant")]
    [InlineData("MultiTenant", AppId, null, null, "MicrosoftAppPassword")]
    [InlineData("UserAssignedMSI", null, null, TenantId, "MicrosoftAppId")]
    [InlineData("Federated", AppId, "secret", TenantId, "MicrosoftAppType")]
    public void Validate_RegistrationThatCannotGetATokens_NamesTheFix(
        string appType, string? appId, string? password, string? tenant, string expectedInMessage)
    {
        var options = new BotCredentialsOptions
        {
            MicrosoftAppType = appType,
            MicrosoftAppId = appId,
            MicrosoftAppPassword = password,
            MicrosoftAppTenantId = tenant,
        };

        var result = new BotCredentialsValidator().Validate(options);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.ErrorMessage.Contains(expectedInMessage, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("SingleTenant", TenantId)]
    [InlineData("MultiTenant", null)]
    public void Validate_ConsistentRegistration_IsValid(string appType, string? tenant)
    {
        var options = new BotCredentialsOptions
        {
            MicrosoftAppType = appType,
            MicrosoftAppId = AppId,
            MicrosoftAppPassword = "secret",
            MicrosoftAppTenantId = tenant,
        };

        Assert.True(new BotCredentialsValidator().Validate(options).IsValid);
    }

    [Fact]
    public void Start_SingleTenantWithoutTenant_RefusesToStart()
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "secret",
        };

        var failure = Assert.ThrowsAny<Exception>(() => new BotServer(settings).Dispose());

        Assert.IsType<OptionsValidationException>(failure.GetBaseException());
    }

    [Fact]
    public async Task Post_WithoutTokenWhileAppIdIsSet_Gets401AndSendsNothing()
    {
        await using var connector = await ConnectorStub.StartAsync();
        using var bot = new BotServer(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "secret",
        });
        var update = ActivityPayloads.Load("emulator-conversationupdate-useradded-01.json", connector.BaseUri);

        var response = await bot.PostAsync(update);

        Assert.Equal(401, response.Status);
        Assert.Empty(connector.Calls);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("a.b.c")]
    public async Task Post_MalformedBearerTokenWhileAppIdIsSet_Gets401(string token)
    {
        await using var connector = await ConnectorStub.StartAsync();
        using var bot = new BotServer(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "secret",
        });
        var message = ActivityPayloads.Load("emulator-message-clientcapabilities-01.json", connector.BaseUri);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(message.ToString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        using var response = await bot.Http.SendAsync(request);

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Empty(connector.Calls);
    }
}
