using ChatBot.Answers.Text;

namespace ChatBot.Answers.Tests.Text;

public sealed class SpellingCorrectorTests
{
    private static readonly SpellingCorrector Corrector = new(new Dictionary<string, int>
    {
        ["password"] = 3,
        ["invoice"] = 2,
        ["storage"] = 5,
    });

    [Theory]
    [InlineData("pasword", "password")]
    [InlineData("invoce", "invoice")]
    [InlineData("storaeg", "storage")]
    public void Correct_TypoOfAKnownWord_ReturnsTheWord(string typo, string expected)
    {
        Assert.Equal(expected, Corrector.Correct(typo));
    }

    [Fact]
    public async Task Correct_PastedBlobLongerThanAnyKnownWord_ReturnsNullWithoutQuadraticWork()
    {
        var blob = new string('b', 120_000);

        // Before the length guard this built 120,000 deletions of 120,000 characters each: minutes of CPU.
        var corrected = await Task.Run(() => Corrector.Correct(blob)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Null(corrected);
    }
}
