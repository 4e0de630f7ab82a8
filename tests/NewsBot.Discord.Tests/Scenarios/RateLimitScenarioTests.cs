using Microsoft.Extensions.Time.Testing;

namespace NewsBot.Discord.Tests.Scenarios;

/// <summary>Issue 9 item 8 in the stand-in: a user over <c>QuestionsPerMinute</c> is told, ephemerally, when to ask again.</summary>
public sealed class RateLimitScenarioTests
{
    [Fact(Timeout = 20_000)]
    public async Task Ask_OverThePerUserLimit_RefusedEphemerallyWithTheWaitThenAnsweredOnceRefilled()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
        await using var bot = await ScenarioHost.StartAsync(new() { ["NewsBot:Discord:QuestionsPerMinute"] = "2" }, time);
        await bot.ReadyAsync();
        var discord = bot.Discord;
        var asks = Enumerable.Range(1, 4).Select(i => discord.Events.Ask($"question {i} about the Eastfield tram?")).ToList();

        await discord.DispatchAsync("INTERACTION_CREATE", asks[0]);
        await bot.EditedAsync(asks[0], _ => true, "the first answer");
        time.Advance(TimeSpan.FromSeconds(10));
        await discord.DispatchAsync("INTERACTION_CREATE", asks[1]);
        await bot.EditedAsync(asks[1], _ => true, "the second answer");
        await discord.DispatchAsync("INTERACTION_CREATE", asks[2]);
        await bot.CalledBackAsync(asks[2]);
        time.Advance(TimeSpan.FromSeconds(20));
        await discord.DispatchAsync("INTERACTION_CREATE", asks[3]);
        await bot.EditedAsync(asks[3], _ => true, "the answer after the refill");

        var refusal = Assert.Single(bot.Callbacks(asks[2])).Json!;
        Assert.Equal(4, refusal["type"]!.GetValue<int>());
        Assert.Equal(64, refusal["data"]!["flags"]!.GetValue<int>() & 64);
        Assert.Equal("You can ask again in 20 seconds.", refusal["data"]!["content"]!.GetValue<string>());
        Assert.Empty(bot.Edits(asks[2]));
        Assert.Equal(["question 1 about the Eastfield tram?", "question 2 about the Eastfield tram?", "question 4 about the Eastfield tram?"], bot.Answers.Questions);
        Assert.Empty(discord.FailedInteractions);
    }
}
