using System.Text.Json.Nodes;
using NewsBot.Testing.Discord;

namespace NewsBot.Discord.Tests.Scenarios;

/// <summary>
/// Issue 9's interaction and message scenarios: slash commands, autocomplete, mentions, DMs and reply chains sent by
/// the stand-in over the real gateway, answered by the bot over real REST; judged by the messages users would see.
/// </summary>
public sealed class InteractionScenarioTests
{
    private const string Question = "what did the council decide about the Eastfield tram?";

    [Fact(Timeout = 15_000)]
    public async Task Ask_Interaction_DeferredFirstThenOriginalEditedWithCitationsAndNoPing()
    {
        await using var bot = await ScenarioHost.StartAsync();
        await bot.ReadyAsync();
        var discord = bot.Discord;

        await discord.DispatchAsync("INTERACTION_CREATE", discord.Events.Ask(Question));
        await discord.WaitUntilAsync(d => d.Requests.Any(r => r.Route == DiscordRoutes.OriginalMessage && r.Method == "PATCH" && r.Status == 200), TimeSpan.FromSeconds(10), "the deferred answer edited");

        var callback = Assert.Single(bot.Sent("POST", DiscordRoutes.InteractionCallback));
        Assert.Equal(5, callback.Json!["type"]!.GetValue<int>());
        var edit = Assert.Single(bot.Sent("PATCH", DiscordRoutes.OriginalMessage));
        Assert.True(edit.Time >= callback.Time);
        Assert.Equal(200, edit.Status);
        var answer = Assert.Single(discord.Messages);
        Assert.Contains("[1]", answer.Body.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("https://example.org/tram", answer.Body.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(edit.Json!["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Empty(discord.FailedInteractions);
        Assert.Equal([Question], bot.Answers.Questions);
    }

    [Fact(Timeout = 15_000)]
    public async Task Ask_EditRateLimited_RetriedAfterRetryAfterAndTheAnswerStillLands()
    {
        await using var bot = await ScenarioHost.StartAsync();
        await bot.ReadyAsync();
        var discord = bot.Discord;
        discord.ScriptNext("PATCH", DiscordRoutes.OriginalMessage, ScriptedAnswer.RateLimited(TimeSpan.FromSeconds(1), false));

        await discord.DispatchAsync("INTERACTION_CREATE", discord.Events.Ask(Question));
        await discord.WaitUntilAsync(d => d.Requests.Any(r => r.Route == DiscordRoutes.OriginalMessage && r.Method == "PATCH" && r.Status == 200), TimeSpan.FromSeconds(8), "the deferred answer edited after the 429");

        var edits = bot.Sent("PATCH", DiscordRoutes.OriginalMessage);
        Assert.Equal([429, 200], edits.Select(e => e.Status));
        Assert.True(edits[1].Time - edits[0].Time >= TimeSpan.FromSeconds(0.95), $"retried after {(edits[1].Time - edits[0].Time).TotalSeconds:0.###} s");
        Assert.Contains("[1]", Assert.Single(discord.Messages).Body.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(discord.FailedInteractions);
    }

    [Fact(Timeout = 15_000)]
    public async Task Reindex_NonAdmin_RefusedEphemerallyAndTheIndexerNotRun()
    {
        await using var bot = await ScenarioHost.StartAsync();
        await bot.ReadyAsync();
        var discord = bot.Discord;
        var reindex = discord.Events.Ask("", command: "reindex");
        reindex["data"]!["options"] = new JsonArray();
        reindex["member"]!["permissions"] = "0";

        await discord.DispatchAsync("INTERACTION_CREATE", reindex);
        await discord.WaitUntilAsync(d => bot.Sent("POST", DiscordRoutes.InteractionCallback).Count > 0, TimeSpan.FromSeconds(5), "the interaction answered");

        var callback = Assert.Single(bot.Sent("POST", DiscordRoutes.InteractionCallback)).Json!;
        Assert.Equal(4, callback["type"]!.GetValue<int>());
        Assert.Equal(64, callback["data"]!["flags"]!.GetValue<int>() & 64);
        Assert.Contains("Manage Server", callback["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, bot.Indexer.Runs);
        Assert.Empty(discord.FailedInteractions);
    }

    [Fact(Timeout = 15_000)]
    public async Task Autocomplete_ArticleTitle_AnsweredWithType8AndAtMost25Choices()
    {
        await using var bot = await ScenarioHost.StartAsync();
        await bot.ReadyAsync();
        var discord = bot.Discord;

        await discord.DispatchAsync("INTERACTION_CREATE", discord.Events.Autocomplete("Eastfield", command: "summarize", optionName: "article"));
        await discord.WaitUntilAsync(d => bot.Sent("POST", DiscordRoutes.InteractionCallback).Count > 0, TimeSpan.FromSeconds(5), "the autocomplete answered");

        var callback = Assert.Single(bot.Sent("POST", DiscordRoutes.InteractionCallback));
        Assert.Equal(8, callback.Json!["type"]!.GetValue<int>());
        var choices = callback.Json!["data"]!["choices"]!.AsArray();
        Assert.InRange(choices.Count, 1, 25);
        Assert.All(choices, c => Assert.Contains("Eastfield", c!["name"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase));
        Assert.Empty(discord.FailedInteractions);
    }

    [Fact(Timeout = 15_000)]
    public async Task Mention_InGuild_RepliedToInTheChannelReferencingTheQuestion()
    {
        await using var bot = await ScenarioHost.StartAsync();
        await bot.ReadyAsync();
        var discord = bot.Discord;
        var mention = discord.Events.Mention(Question);

        await discord.DispatchAsync("MESSAGE_CREATE", mention);
        await discord.WaitUntilAsync(d => bot.Sent("POST", DiscordRoutes.ChannelMessages).Count > 0, TimeSpan.FromSeconds(5), "a channel message");

        var reply = Assert.Single(bot.Sent("POST", DiscordRoutes.ChannelMessages));
        Assert.Equal($"/channels/{discord.Events.ChannelId}/messages", reply.Path);
        Assert.Equal(200, reply.Status);
        Assert.Equal(mention["id"]!.GetValue<string>(), reply.Json!["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.Contains("[1]", reply.Body, StringComparison.Ordinal);
        Assert.Equal([Question], bot.Answers.Questions);
    }

    [Fact(Timeout = 15_000)]
    public async Task DirectMessage_Question_RepliedToInTheDmChannel()
    {
        await using var bot = await ScenarioHost.StartAsync();
        await bot.ReadyAsync();
        var discord = bot.Discord;

        await discord.DispatchAsync("MESSAGE_CREATE", discord.Events.DirectMessage(Question));
        await discord.WaitUntilAsync(d => bot.Sent("POST", DiscordRoutes.ChannelMessages).Count > 0, TimeSpan.FromSeconds(5), "a DM reply");

        var reply = Assert.Single(bot.Sent("POST", DiscordRoutes.ChannelMessages));
        Assert.Equal($"/channels/{discord.Events.DmChannelId}/messages", reply.Path);
        Assert.Equal(200, reply.Status);
        Assert.Contains("[1]", reply.Body, StringComparison.Ordinal);
        Assert.Equal([Question], bot.Answers.Questions);
    }

    [Fact(Timeout = 15_000)]
    public async Task Mention_EveryoneInTheQuestion_ReplyPingsNobody()
    {
        await using var bot = await ScenarioHost.StartAsync();
        await bot.ReadyAsync();
        var discord = bot.Discord;
        bot.Answers.Echo = true;

        await discord.DispatchAsync("MESSAGE_CREATE", discord.Events.Mention("@everyone @here " + Question));
        await discord.WaitUntilAsync(d => bot.Sent("POST", DiscordRoutes.ChannelMessages).Count > 0, TimeSpan.FromSeconds(5), "a channel message");

        var reply = Assert.Single(bot.Sent("POST", DiscordRoutes.ChannelMessages)).Json!;
        Assert.Empty(reply["allowed_mentions"]!["parse"]!.AsArray());
        var text = reply.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("everyone", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", text, StringComparison.Ordinal);
    }

    [Fact(Timeout = 15_000)]
    public async Task Reply_FollowUpInTheChain_AskedWithTheEarlierTopicsWords()
    {
        await using var bot = await ScenarioHost.StartAsync();
        await bot.ReadyAsync();
        var discord = bot.Discord;
        await discord.DispatchAsync("MESSAGE_CREATE", discord.Events.Mention("What about the Eastfield tram?"));
        await discord.WaitUntilAsync(d => d.Messages.Count > 0, TimeSpan.FromSeconds(5), "the first answer");
        var first = discord.Messages[0];
        var answered = discord.Events.BotMessage(first.Content ?? "");
        answered["id"] = first.Id;

        await discord.DispatchAsync("MESSAGE_CREATE", discord.Events.Reply("what did they decide?", answered));
        await discord.WaitUntilAsync(d => d.Messages.Count > 1, TimeSpan.FromSeconds(5), "the follow-up's answer");

        Assert.Equal(2, bot.Answers.Questions.Count);
        Assert.Contains("what did they decide", bot.Answers.Questions[1], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Eastfield", bot.Answers.Questions[1], StringComparison.Ordinal);
        Assert.Contains("tram", bot.Answers.Questions[1], StringComparison.OrdinalIgnoreCase);
    }

    [Fact(Timeout = 20_000)]
    public async Task Requests_SeveralConversations_EveryBodyFitsDiscordsApiDescription()
    {
        var spec = DiscordSpec.Load();
        await using var bot = await ScenarioHost.StartAsync();
        await bot.ReadyAsync();
        var discord = bot.Discord;

        await discord.DispatchAsync("INTERACTION_CREATE", discord.Events.Ask(Question));
        await discord.DispatchAsync("INTERACTION_CREATE", discord.Events.Autocomplete("Eastfield", command: "summarize", optionName: "article"));
        var help = discord.Events.Ask("", command: "help");
        help["data"]!["options"] = new JsonArray();
        await discord.DispatchAsync("INTERACTION_CREATE", help);
        await discord.DispatchAsync("MESSAGE_CREATE", discord.Events.Mention("@everyone " + Question));
        await discord.DispatchAsync("MESSAGE_CREATE", discord.Events.DirectMessage(Question));
        await discord.WaitUntilAsync(
            d => bot.Sent("POST", DiscordRoutes.InteractionCallback).Count == 3 && bot.Sent("PATCH", DiscordRoutes.OriginalMessage).Count > 0 && bot.Sent("POST", DiscordRoutes.ChannelMessages).Count == 2,
            TimeSpan.FromSeconds(8),
            "every conversation answered");

        var problems = discord.Requests.SelectMany(spec.Check).ToList();
        Assert.Empty(problems);
        Assert.All(discord.Requests, r => Assert.True(r.Status is >= 200 and < 300, $"{r.Method} {r.Path} answered {r.Status}"));
    }
}
