using System.Text.Json;
using ChatBot.Bench.LoadGenerator.Questions;

namespace ChatBot.Bench.LoadGenerator.Targets;

/// <summary>
/// The seed's Python stack (shared/peers/seed-python): <c>{"user_id","message"}</c> posted to its chat endpoint.
/// It has no conversations, cards or answer ids, so a turn is right when it gets a 200 with a response text;
/// joins are skipped and a feedback click becomes its caption as text.
/// </summary>
public sealed class SeedTarget(HttpClient http, string path) : HttpTurnTarget(http), ITurnTarget
{
    private readonly string _path = path ?? throw new ArgumentNullException(nameof(path));

    public bool Supports(TurnKind kind) => kind != TurnKind.Join;

    public Task<TurnOutcome> SendAsync(
        string conversationId, string userId, Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);

        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
        {
            ["user_id"] = userId,
            ["message"] = turn.Text,
        });
        return PostAsync(_path, body, Judge, cancellationToken);
    }

    private static TurnOutcome Judge(int status, byte[] body)
    {
        if (status != 200)
        {
            return new TurnOutcome(ErrorKinds.Http(status), 0);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("response", out var response)
                && response.ValueKind == JsonValueKind.String
                ? new TurnOutcome(null, 1)
                : new TurnOutcome(ErrorKinds.BadBody, 0);
        }
        catch (JsonException)
        {
            return new TurnOutcome(ErrorKinds.BadBody, 0);
        }
    }
}
