using ChatBot.Dialogs.Runtime.State;
using ChatBot.Dialogs.Runtime.Waterfall;
using ChatBot.Dialogs.Tests.Testing;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Dialogs.Tests.Runtime;

public sealed class StateRoundTripTests
{
    [Fact]
    public async Task RunAsync_NewRuntimeOnSameJsonStore_ContinuesTheDialogWithSameValues()
    {
        var storage = new JsonTextStorage();
        var before = new DialogTestClient(new SurveyDialog(), storage);
        await before.SendActivityAsync<IMessageActivity>("start");
        await before.SendActivityAsync<IMessageActivity>("Sam");
        await before.SendActivityAsync<IMessageActivity>("42");

        // A new process: new dialog objects, new states, new adapter; only the stored JSON is shared.
        var after = new DialogTestClient(new SurveyDialog(), storage);
        Assert.Equal("Shall I save that?", (await after.SendActivityAsync<IMessageActivity>("business"))?.Text);
        Assert.Equal("Sam|42|Business|True", (await after.SendActivityAsync<IMessageActivity>("yes"))?.Text);
    }

    [Fact]
    public async Task StoredState_StepIndexComesBackAsInt64_IsReadAsTheSameStep()
    {
        var storage = new JsonTextStorage();
        var client = new DialogTestClient(new SurveyDialog(), storage);
        await client.SendActivityAsync<IMessageActivity>("start");
        await client.SendActivityAsync<IMessageActivity>("Sam");

        var waterfall = (await client.GetStoredDialogStateAsync()).Stack[0].Inner!.Stack[0];

        Assert.Equal(JTokenType.Integer, waterfall.State.Values["stepIndex"]!.Type);
        Assert.IsType<long>(((JValue)waterfall.State.Values["stepIndex"]!).Value);
        Assert.Equal(1, WaterfallDialog.GetStepIndex(waterfall));
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("3.0", 3)]
    [InlineData("\"3\"", 3)]
    [InlineData("9999999999", -1)]
    [InlineData("\"three\"", -1)]
    [InlineData("null", -1)]
    public void GetInt32_AnyStoredShape_ReadsDefensively(string json, int expected)
    {
        var bag = new DialogStateBag { Values = JObject.Parse($"{{\"n\": {json}}}") };

        Assert.Equal(expected, bag.GetInt32("n", -1));
    }

    [Fact]
    public void Set_ValueCarryingTypeName_ReadsBackAsPlainJson()
    {
        var bag = new DialogStateBag();
        var card = JObject.Parse("{\"$type\":\"System.Version, System.Runtime\",\"Major\":9}");

        bag.Set("card", card);
        var reloaded = new DialogStateBag { Values = JObject.Parse(bag.Values.ToString()) };

        Assert.IsType<JObject>(reloaded.Get<object>("card"));
        Assert.True(JToken.DeepEquals(card, reloaded.Get<JToken>("card")));
    }
}
