using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bench.Micro;

/// <summary>
/// What every turn pays in JSON: the host's shape check (System.Text.Json), the SDK reading the activity
/// (Newtonsoft, the SDK's own settings) and the SDK writing the expectReplies body back.
/// </summary>
[MemoryDiagnoser]
public class ActivitySerializationBenchmarks
{
    private byte[] _request = [];
    private ExpectedReplies _replies = new();

    [GlobalSetup]
    public void Setup()
    {
        _request = Encoding.UTF8.GetBytes("""
            {"type":"message","id":"4f1c0e","timestamp":"2026-12-04T16:00:00.000Z","channelId":"directline",
             "serviceUrl":"http://127.0.0.1:9/","deliveryMode":"expectReplies","locale":"en-US",
             "conversation":{"id":"bench-v1-c1"},"from":{"id":"bench-u1","role":"user"},
             "recipient":{"id":"chatbot","role":"bot"},"text":"how do i reset my password"}
            """);
        var reply = MessageFactory.Text(
            "To reset your password, open **Sign in > Forgot password** and follow the link we e-mail you.");
        reply.ChannelData = new JObject
        {
            ["answer"] = new JObject { ["id"] = "account-password-reset", ["confidence"] = 0.93 },
        };
        _replies = new ExpectedReplies([reply]);
    }

    /// <summary>The host's check that the body is an activity before the adapter reads it.</summary>
    [Benchmark]
    public bool CheckShape()
    {
        using var document = JsonDocument.Parse(_request);
        return document.RootElement.TryGetProperty("type", out _);
    }

    /// <summary>The adapter reading the activity.</summary>
    [Benchmark]
    public Activity? ReadActivity()
    {
        using var reader = new JsonTextReader(new StreamReader(new MemoryStream(_request)));
        return HttpHelper.BotMessageSerializer.Deserialize<Activity>(reader);
    }

    /// <summary>The adapter writing the replies of an expectReplies turn.</summary>
    [Benchmark]
    public long WriteReplies()
    {
        using var stream = new MemoryStream();
        using (var writer = new JsonTextWriter(new StreamWriter(stream, Encoding.UTF8, 1024, leaveOpen: true)))
        {
            HttpHelper.BotMessageSerializer.Serialize(writer, _replies);
        }

        return stream.Length;
    }
}
