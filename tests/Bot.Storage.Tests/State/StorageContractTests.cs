using ChatBot.Storage.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatBot.Storage.Tests.State;

/// <summary>
/// The Bot Framework storage contract, written once. The SDK's MemoryStorage is the reference; every store of
/// ours runs the same cases. Each test gets a fresh store (for Redis: its own key prefix).
/// </summary>
public abstract class StorageContractTests
{
    protected abstract IStorage CreateStorage();

    private IStorage Storage => _storage ??= CreateStorage();

    private IStorage? _storage;

    [Fact]
    public async Task Read_MissingKeys_AreAbsentFromResult()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["present"] = new PocoItem { Id = "1" } }).Timed();

        var items = await Storage.ReadAsync(["missing", "present", "also-missing"]).Timed();

        Assert.Equal(["present"], items.Keys);
    }

    [Fact]
    public async Task Read_EmptyKeyList_ReturnsEmpty()
    {
        var items = await Storage.ReadAsync([]).Timed();

        Assert.Empty(items);
    }

    [Fact]
    public async Task Write_JObject_RoundTripsValuesAndTypes()
    {
        var value = ParseKeepingDates("""
            {"text":"héllo \"world\"","count":42,"ratio":0.25,"flag":true,"none":null,
             "when":"2025-03-10T09:15:02.100Z","list":[1,"two",{"three":3}],"nested":{"deep":{"deeper":[]}}}
            """);

        await Storage.WriteAsync(new Dictionary<string, object> { ["doc"] = value }).Timed();
        var read = Json((await Storage.ReadAsync(["doc"]).Timed())["doc"]);

        read.Remove("ETag");
        Assert.True(JToken.DeepEquals(value, read), read.ToString());
        Assert.Equal(JTokenType.Integer, read["count"]!.Type);
        Assert.Equal(JTokenType.String, read["when"]!.Type);
    }

    [Fact]
    public async Task Write_UserDataWithTypeProperty_ReadsBackAsSameJson()
    {
        // Bug B13: a card submit whose value names a .NET type must stay plain data.
        var value = JObject.Parse("""
            {"cardValue":{"$type":"System.Version, System.Runtime","Major":9,"$$odd":"x"},
             "later":{"category":"Software","$type":"System.Version, System.Runtime"}}
            """);

        await Storage.WriteAsync(new Dictionary<string, object> { ["b13"] = value }).Timed();
        var read = Json((await Storage.ReadAsync(["b13"]).Timed())["b13"]);

        read.Remove("ETag");
        Assert.True(JToken.DeepEquals(value, read), read.ToString());
    }

    [Fact]
    public async Task Write_EachWrite_StoresNewETag()
    {
        var etags = new HashSet<string>();
        for (var i = 0; i < 3; i++)
        {
            await Storage.WriteAsync(
                new Dictionary<string, object> { ["k"] = new PocoStoreItem { Count = i, ETag = "*" } }).Timed();
            etags.Add(await ETagOf("k"));
        }

        Assert.Equal(3, etags.Count);
    }

    [Fact]
    public async Task Write_MatchingETag_SucceedsAndChangesETag()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k"] = new PocoStoreItem { Count = 1 } }).Timed();
        var etag = await ETagOf("k");

        await Storage.WriteAsync(
            new Dictionary<string, object> { ["k"] = new PocoStoreItem { Count = 2, ETag = etag } }).Timed();

        Assert.Equal(2, await CountOf("k"));
        Assert.NotEqual(etag, await ETagOf("k"));
    }

    [Fact]
    public async Task Write_StaleETag_ThrowsAndKeepsStoredValue()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k"] = new PocoStoreItem { Count = 1 } }).Timed();
        var stale = await ETagOf("k");
        await Storage.WriteAsync(
            new Dictionary<string, object> { ["k"] = new PocoStoreItem { Count = 2, ETag = stale } }).Timed();

        await Assert.ThrowsAnyAsync<Exception>(() => Storage.WriteAsync(
            new Dictionary<string, object> { ["k"] = new PocoStoreItem { Count = 3, ETag = stale } }).Timed());

        Assert.Equal(2, await CountOf("k"));
    }

    [Fact]
    public async Task Write_WildcardETag_Overwrites()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k"] = new PocoStoreItem { Count = 1 } }).Timed();

        await Storage.WriteAsync(
            new Dictionary<string, object> { ["k"] = new PocoStoreItem { Count = 5, ETag = "*" } }).Timed();

        Assert.Equal(5, await CountOf("k"));
    }

    [Fact]
    public async Task Write_ValueWithoutETag_Overwrites()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k"] = new PocoStoreItem { Count = 1 } }).Timed();

        await Storage.WriteAsync(new Dictionary<string, object> { ["k"] = new PocoItem { Count = 7 } }).Timed();

        Assert.Equal(7, await CountOf("k"));
    }

    [Fact]
    public async Task Delete_ExistingAndMissingKeys_RemovesWithoutError()
    {
        await Storage.WriteAsync(new Dictionary<string, object>
        {
            ["a"] = new PocoItem(),
            ["b"] = new PocoItem(),
        }).Timed();

        await Storage.DeleteAsync(["a", "never-written"]).Timed();

        Assert.Equal(["b"], (await Storage.ReadAsync(["a", "b"]).Timed()).Keys);
    }

    [Theory]
    [InlineData("msteams/conversations/19:abc@thread.skype;messageid=1")]
    [InlineData("key{with}braces")]
    [InlineData("}{")]
    [InlineData("emulator/conversations/{tag}/users/{user}")]
    [InlineData("with spaces and\ttabs")]
    [InlineData("unicode/日本語/émoji 🤖/ß")]
    [InlineData("a:b:c::d")]
    public async Task Write_KeyWithSpecialCharacters_RoundTrips(string key)
    {
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new PocoItem { Count = 3 } }).Timed();

        Assert.Equal(3, await CountOf(key));
        await Storage.DeleteAsync([key]).Timed();
        Assert.Empty(await Storage.ReadAsync([key]).Timed());
    }

    [Fact]
    public async Task Write_KeyOfThousandsOfCharacters_RoundTrips()
    {
        var key = "directline/conversations/" + string.Concat(Enumerable.Repeat("long:{id} ü ", 150));

        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new PocoItem { Count = 9 } }).Timed();

        Assert.True(key.Length > 1000);
        Assert.Equal(9, await CountOf(key));
    }

    [Fact]
    public async Task Write_OneMegabyteValue_RoundTrips()
    {
        var blob = string.Concat(Enumerable.Repeat("0123456789abcdé✓", 1024 * 1024 / 16));
        var value = new JObject { ["blob"] = blob };

        await Storage.WriteAsync(new Dictionary<string, object> { ["big"] = value }).Timed();
        var read = Json((await Storage.ReadAsync(["big"]).Timed())["big"]);

        Assert.Equal(blob, read.Value<string>("blob"));
    }

    [Fact]
    public async Task WriteAndRead_ThousandKeysInOneCall_AllRoundTrip()
    {
        var changes = Enumerable.Range(0, 1000)
            .ToDictionary(i => $"emulator/users/user-{i}", i => (object)new PocoItem { Count = i });

        await Storage.WriteAsync(changes).Timed();
        var read = await Storage.ReadAsync([.. changes.Keys]).Timed();

        Assert.Equal(1000, read.Count);
        Assert.All(read, entry => Assert.Equal(entry.Key, $"emulator/users/user-{Json(entry.Value)["Count"]}"));
    }

    [Fact]
    public async Task Write_ConcurrentWritersWithSameETag_ExactlyOneWins()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k"] = new PocoStoreItem { Count = 0 } }).Timed();
        var etag = await ETagOf("k");

        var attempts = Enumerable.Range(1, 16).Select(i => Task.Run(() => Outcome(() => Storage.WriteAsync(
            new Dictionary<string, object> { ["k"] = new PocoStoreItem { Count = i, ETag = etag } }))));
        var results = await Task.WhenAll(attempts).Timed();

        Assert.Equal(1, results.Count(succeeded => succeeded));
    }

    [Fact]
    public async Task Write_ConcurrentReadModifyWriteWithRetry_LosesNoUpdate()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["counter"] = new PocoStoreItem() }).Timed();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var done = 0; done < 5;)
            {
                var item = Json((await Storage.ReadAsync(["counter"]))["counter"]).ToObject<PocoStoreItem>()!;
                item.Count++;
                if (await Outcome(() => Storage.WriteAsync(new Dictionary<string, object> { ["counter"] = item })))
                {
                    done++;
                }
            }
        }))).Timed();

        Assert.Equal(40, await CountOf("counter"));
    }

    [Fact]
    public async Task ConversationState_SavedByOneTurn_IsLoadedByTheNext()
    {
        var adapter = new Microsoft.Bot.Builder.Adapters.TestAdapter();
        for (var turn = 1; turn <= 3; turn++)
        {
            // A new ConversationState per turn, as a second bot instance would have.
            var state = new ConversationState(Storage);
            var accessor = state.CreateProperty<TicketDraft>("draft");
            await new Microsoft.Bot.Builder.Adapters.TestFlow(adapter, async (context, ct) =>
                {
                    var draft = await accessor.GetAsync(context, () => new TicketDraft(), ct);
                    draft.Names.Add(context.Activity.Text);
                    await context.SendActivityAsync(string.Join(",", draft.Names), cancellationToken: ct);
                    await state.SaveChangesAsync(context, cancellationToken: ct);
                })
                .Send($"n{turn}")
                .AssertReply(string.Join(",", Enumerable.Range(1, turn).Select(i => $"n{i}")))
                .StartTestAsync()
                .Timed();
        }
    }

    private async Task<string> ETagOf(string key) =>
        Json((await Storage.ReadAsync([key]).Timed())[key]).Value<string>("ETag")
        ?? throw new InvalidOperationException("the read item has no ETag");

    private async Task<long> CountOf(string key) =>
        Json((await Storage.ReadAsync([key]).Timed())[key]).Value<long>("Count");

    // Dates stay strings, so the comparison sees exactly the JSON that was written.
    private static JObject ParseKeepingDates(string json) =>
        JObject.Load(new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None });

    private static JObject Json(object value) => value as JObject ?? JObject.FromObject(value);

    // MemoryStorage throws before returning a task, so the write is started inside the try.
    private static async Task<bool> Outcome(Func<Task> write)
    {
        try
        {
            await write();
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not TimeoutException)
        {
            return false;
        }
    }
}
