using System.Text.Json.Nodes;
using NewsBot.Testing.Discord;

namespace NewsBot.Discord.Tests.Scenarios;

/// <summary>The buttons under an <c>/ask</c> answer, pressed in the stand-in: "Show passages", 👍 and 👎.</summary>
public sealed class ButtonScenarioTests
{
    private const string Question = "what did the council decide about the Eastfield tram?";

    [Fact(Timeout = 20_000)]
    public async Task ShowPassages_Pressed_EphemeralListOfTheCitedPassages()
    {
        await using var bot = await ScenarioHost.StartAsync();
        await bot.ReadyAsync();
        var (answerId, buttons) = await AskAsync(bot);
        var press = bot.Discord.Events.Button(buttons.Single(b => b.StartsWith("nb-passages:", StringComparison.Ordinal)), answerId);

        await bot.Discord.DispatchAsync("INTERACTION_CREATE", press);
        await bot.EditedAsync(press, _ => true, "the passages");

        var callback = Assert.Single(bot.Callbacks(press)).Json!;
        Assert.Equal(5, callback["type"]!.GetValue<int>());
        Assert.Equal(64, callback["data"]!["flags"]!.GetValue<int>() & 64);
        var embed = Assert.Single(Assert.Single(bot.Edits(press)).Json!["embeds"]!.AsArray())!;
        Assert.StartsWith("[1] Eastfield tram", embed["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Body text 1", embed["description"]!.GetValue<string>());
        var shown = bot.Discord.Messages.Single(m => m.InteractionId == press["id"]!.GetValue<string>());
        Assert.Equal(64, shown.Body["flags"]!.GetValue<int>() & 64);
        Assert.Empty(bot.Discord.FailedInteractions);
    }

    [Fact(Timeout = 20_000)]
    public async Task Thumbs_UpThenDown_EachStoredWithTheQuestionAndAnswerAndThankedEphemerally()
    {
        await using var bot = await ScenarioHost.StartAsync();
        await bot.ReadyAsync();
        var (answerId, buttons) = await AskAsync(bot);
        var up = bot.Discord.Events.Button(buttons.Single(b => b.StartsWith("nb-up:", StringComparison.Ordinal)), answerId);
        var down = bot.Discord.Events.Button(buttons.Single(b => b.StartsWith("nb-down:", StringComparison.Ordinal)), answerId);

        await bot.Discord.DispatchAsync("INTERACTION_CREATE", up);
        await bot.CalledBackAsync(up);
        await bot.Discord.DispatchAsync("INTERACTION_CREATE", down);
        await bot.CalledBackAsync(down);

        foreach (var (press, said) in new[] { (up, "helpful."), (down, "not helpful.") })
        {
            var callback = Assert.Single(bot.Callbacks(press)).Json!;
            Assert.Equal(4, callback["type"]!.GetValue<int>());
            Assert.Equal(64, callback["data"]!["flags"]!.GetValue<int>() & 64);
            Assert.EndsWith(said, callback["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        var stored = (await File.ReadAllLinesAsync(bot.FeedbackFile, TestContext.Current.CancellationToken)).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(2, stored.Count);
        Assert.All(stored, f => Assert.Equal(Question, f["question"]!.GetValue<string>()));
        Assert.All(stored, f => Assert.Equal("The council approved the tram. [1]", f["answer"]!.GetValue<string>()));
        Assert.All(stored, f => Assert.Equal(bot.Discord.Events.UserId, f["user_id"]!.GetValue<string>()));
        Assert.Equal([true, false], stored.Select(f => f["helpful"]!.GetValue<bool>()));
        Assert.Empty(bot.Discord.FailedInteractions);
    }

    /// <summary>Asks with <c>/ask</c> and returns the answer's message id and its buttons' custom ids.</summary>
    private static async Task<(string MessageId, IReadOnlyList<string> Buttons)> AskAsync(ScenarioHost bot)
    {
        var ask = bot.Discord.Events.Ask(Question);
        await bot.Discord.DispatchAsync("INTERACTION_CREATE", ask);
        await bot.EditedAsync(ask, _ => true, "the answer");
        var answer = Assert.Single(bot.Discord.Messages);
        var buttons = answer.Body["components"]![0]!["components"]!.AsArray().Select(b => b!["custom_id"]!.GetValue<string>()).ToList();
        return (answer.Id, buttons);
    }
}
