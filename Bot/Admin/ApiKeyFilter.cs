using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Bot.Admin;

/// <summary>Lets a request through only with the configured key in <c>X-Api-Key</c>, compared in constant
/// time.</summary>
internal sealed class ApiKeyFilter(string apiKey) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";

    private readonly byte[] _expected = Encoding.UTF8.GetBytes(apiKey);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        var given = context.HttpContext.Request.Headers[HeaderName].ToString();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), _expected))
        {
            return Results.Unauthorized();
        }

        return await next(context);
    }
}
