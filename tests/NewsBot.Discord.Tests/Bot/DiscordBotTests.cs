using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Answering;

namespace NewsBot.Discord.Tests.Bot;

public sealed class DiscordBotTests
{
    [Fact]
    public async Task HandleAsync_ReadyWithGuild_RegistersCommandsOnGuildRoute()
    {
        await using var bot = new BotHarness(new() { ["NewsBot:Discord:GuildId"] = "42" });
        await bot.ReadyAsync();

        var (method, route, body) = Assert.Single(bot.Rest.Requests);
        Assert.Equal(HttpMethod.Put, method);
        Assert.Equal("applications/700/guilds/42/commands", route);
        var names = body.EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Equal(["ask", "summarize", "sources", "reindex", "help"], names);
        var reindex = body.EnumerateArray().Single(c => c.GetProperty("name").GetString() == "reindex");
        Assert.Equal("32", reindex.GetProperty("default_member_permissions").GetString());
        Assert.False(reindex.GetProperty("dm_permission").GetBoolean());
    }

    [Fact]
    public async Task HandleAsync_ReadyWithoutGuild_RegistersGlobally()
    {
        await using var bot = new BotHarness();
        await bot.ReadyAsync();

        Assert.Equal("applications/700/commands", Assert.Single(bot.Rest.Requests).Route);
    }

    [Fact]
    public async Task HandleAsync_Ask_DefersFirstThenEditsOriginalWithCitations()
    {
        await using var bot = new BotHarness();
        await bot.ReadyAsync();
        bot.Rest.Clear();

        await bot.DispatchAsync("INTERACTION_CREATE", BotHarness.Command("ask", [new { name = "question", type = 3, value = "What about the tram? @everyone" }]));

        Assert.Equal(2, bot.Rest.Requests.Count);
        var (deferMethod, deferRoute, defer) = bot.Rest.Requests[0];
        Assert.Equal(HttpMethod.Post, deferMethod);
        Assert.Equal("interactions/i1/tok/callback", deferRoute);
        Assert.Equal(5, defer.GetProperty("type").GetInt32());
        var (editMethod, editRoute, edit) = bot.Rest.Requests[1];
        Assert.Equal(HttpMethod.Patch, editMethod);
        Assert.Equal("webhooks/700/tok/messages/@original", editRoute);
        var json = edit.GetRawText();
        Assert.Contains("[1]", json, StringComparison.Ordinal);
        Assert.Contains("https://example.org/tram", json, StringComparison.Ordinal);
        Assert.Equal(0, edit.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.DoesNotContain("@everyone", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_AskWhileTheAnswerStreams_EditsTheDraftAtMostEvery1Point5sThenTheCheckedAnswer()
    {
        await using var bot = new BotHarness();
        await bot.ReadyAsync();
        bot.Rest.Clear();
        bot.Answers.Clock = bot.Time;
        bot.Answers.Drafts.AddRange([
            (TimeSpan.Zero, "The council "),
            (TimeSpan.FromSeconds(0.5), "approved "),
            (TimeSpan.FromSeconds(1.0), "the tram. "),
            (TimeSpan.FromSeconds(0.5), "It opens in 2029. [7]"),
        ]);

        await bot.DispatchAsync("INTERACTION_CREATE", BotHarness.Command("ask", [new { name = "question", type = 3, value = "What about the tram?" }]));

        var edits = bot.Rest.Requests.Where(r => r.Method == HttpMethod.Patch).Select(r => r.Body).ToList();
        Assert.Equal(3, edits.Count);
        Assert.Equal("✍️ The council …", edits[0].GetProperty("content").GetString());
        Assert.Equal("✍️ The council approved the tram. …", edits[1].GetProperty("content").GetString());
        Assert.All(edits, e => Assert.Equal(0, e.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength()));
        var final = edits[2].GetRawText();
        Assert.Contains("The council approved the tram. [1]", final, StringComparison.Ordinal);
        Assert.Contains("https://example.org/tram", final, StringComparison.Ordinal);
        Assert.DoesNotContain("[7]", final, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_AnswerFails_EditsOriginalWithErrorId()
    {
        await using var bot = new BotHarness();
        await bot.ReadyAsync();
        bot.Rest.Clear();
        bot.Answers.Failure = new InvalidOperationException("boom");

        await bot.DispatchAsync("INTERACTION_CREATE", BotHarness.Command("ask", [new { name = "question", type = 3, value = "Why?" }]));

        Assert.Equal(5, bot.Rest.Requests[0].Body.GetProperty("type").GetInt32());
        var (method, route, body) = bot.Rest.Requests[^1];
        Assert.Equal(HttpMethod.Patch, method);
        Assert.EndsWith("@original", route, StringComparison.Ordinal);
        Assert.Contains("error id", body.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_StoreUnavailable_SaysTheIndexIsUnavailableAndKeepsAnswering()
    {
        await using var bot = new BotHarness();
        await bot.ReadyAsync();
        bot.Rest.Clear();
        bot.Answers.Failure = new NewsBot.Core.Storage.StoreUnavailableException("Qdrant at http://127.0.0.1:6334 is unavailable.");

        await bot.DispatchAsync("INTERACTION_CREATE", BotHarness.Command("ask", [new { name = "question", type = 3, value = "Why?" }]));
        var refused = bot.Rest.Requests[^1].Body.GetProperty("content").GetString();
        bot.Answers.Failure = null;
        await bot.DispatchAsync("INTERACTION_CREATE", BotHarness.Command("ask", [new { name = "question", type = 3, value = "And now?" }]));

        Assert.Contains("news index is unavailable right now", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("6334", refused, StringComparison.Ordinal);
        Assert.Contains("The council approved the tram.", bot.Rest.Requests[^1].Body.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ReindexByNonAdmin_RefusesEphemerally()
    {
        await using var bot = new BotHarness();
        await bot.DispatchAsync("INTERACTION_CREATE", BotHarness.Command("reindex", [], permissions: "0"));

        var body = Assert.Single(bot.Rest.Requests).Body;
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        Assert.Equal(64, body.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal(0, bot.Indexer.Runs);
    }

    [Fact]
    public async Task HandleAsync_ReindexByManageServer_DefersAndEndsWithReport()
    {
        await using var bot = new BotHarness();
        await bot.DispatchAsync("INTERACTION_CREATE", BotHarness.Command("reindex", [], permissions: "32"));

        Assert.Equal(5, bot.Rest.Requests[0].Body.GetProperty("type").GetInt32());
        Assert.Contains("1 added", bot.Rest.Requests[^1].Body.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, bot.Indexer.Runs);
    }

    [Fact]
    public async Task HandleAsync_SecondReindexWhileRunning_ToldOneIsRunning()
    {
        await using var bot = new BotHarness();
        bot.Indexer.Hold = true;
        await bot.DispatchAsync("INTERACTION_CREATE", BotHarness.Command("reindex", [], permissions: "8", interactionId: "i1"), wait: false);
        while (bot.Indexer.Runs == 0)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        await bot.DispatchAsync("INTERACTION_CREATE", BotHarness.Command("reindex", [], permissions: "8", interactionId: "i2"), wait: false);
        while (!bot.Rest.Requests.Any(r => r.Route.StartsWith("interactions/i2", StringComparison.Ordinal)))
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        bot.Indexer.Release.SetResult();
        await bot.Bot.WhenIdleAsync();
        var refusal = bot.Rest.Requests.Single(r => r.Route.StartsWith("interactions/i2", StringComparison.Ordinal)).Body;
        Assert.Contains("already running: 1 of 2", refusal.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, bot.Indexer.Runs);
    }

    [Fact]
    public async Task HandleAsync_Autocomplete_AnswersType8WithAtMost25MatchingChoices()
    {
        await using var bot = new BotHarness(articleCount: 80);
        await bot.DispatchAsync("INTERACTION_CREATE", BotHarness.Command("summarize", [new { name = "article", type = 3, value = "eastfield", focused = true }], type: 4));

        var body = Assert.Single(bot.Rest.Requests).Body;
        Assert.Equal(8, body.GetProperty("type").GetInt32());
        var choices = body.GetProperty("data").GetProperty("choices").EnumerateArray().ToList();
        Assert.Equal(25, choices.Count);
        Assert.All(choices, c => Assert.StartsWith("Eastfield", c.GetProperty("name").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_Mention_RepliesWithMessageReference()
    {
        await using var bot = new BotHarness();
        await bot.ReadyAsync();
        bot.Rest.Clear();

        await bot.DispatchAsync("MESSAGE_CREATE", BotHarness.Message($"<@{BotHarness.BotId}> what about the tram?", mentions: [new { id = BotHarness.BotId }]));

        var (method, route, body) = Assert.Single(bot.Rest.Requests);
        Assert.Equal(HttpMethod.Post, method);
        Assert.Equal("channels/c1/messages", route);
        Assert.Equal("m1", body.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Equal("what about the tram?", Assert.Single(bot.Answers.Questions));
    }

    [Fact]
    public async Task HandleAsync_GuildMessageWithoutMention_Ignored()
    {
        await using var bot = new BotHarness();
        await bot.ReadyAsync();
        bot.Rest.Clear();

        await bot.DispatchAsync("MESSAGE_CREATE", BotHarness.Message("just chatting"));

        Assert.Empty(bot.Rest.Requests);
    }

    [Fact]
    public async Task HandleAsync_DirectMessage_Replies()
    {
        await using var bot = new BotHarness();
        await bot.ReadyAsync();
        bot.Rest.Clear();

        await bot.DispatchAsync("MESSAGE_CREATE", BotHarness.Message("What about the tram?", guildId: null));

        Assert.Equal("channels/c1/messages", Assert.Single(bot.Rest.Requests).Route);
    }

    [Fact]
    public async Task HandleAsync_ReplyToAnswer_AsksCondensedFollowUp()
    {
        await using var bot = new BotHarness();
        await bot.ReadyAsync();
        await bot.DispatchAsync("MESSAGE_CREATE", BotHarness.Message("What about the Eastfield tram?", guildId: null, id: "m1"));
        var answerId = bot.Rest.Requests.Last().Route == "channels/c1/messages" ? "9002" : throw new InvalidOperationException();

        await bot.DispatchAsync("MESSAGE_CREATE", BotHarness.Message(
            "what did they decide?", guildId: null, id: "m2", referenced: new { id = answerId, channel_id = "c1", author = new { id = BotHarness.BotId, bot = true }, content = "" }));

        Assert.Contains("Eastfield tram", bot.Answers.Questions[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ReplyToAnswerWithACondenser_AsksTheCondensersQuestion()
    {
        var condenser = new RewritingCondenser("What did the council decide about the Eastfield tram?");
        await using var bot = new BotHarness(services: s => s.AddSingleton<IQuestionCondenser>(condenser));
        await bot.ReadyAsync();
        await bot.DispatchAsync("MESSAGE_CREATE", BotHarness.Message("What about the Eastfield tram?", guildId: null, id: "m1"));

        await bot.DispatchAsync("MESSAGE_CREATE", BotHarness.Message(
            "what did they decide?", guildId: null, id: "m2", referenced: new { id = "9002", channel_id = "c1", author = new { id = BotHarness.BotId, bot = true }, content = "" }));

        Assert.Equal("What did the council decide about the Eastfield tram?", bot.Answers.Questions[^1]);
        var (history, followUp) = Assert.Single(condenser.Calls);
        Assert.Equal("what did they decide?", followUp);
        Assert.Equal("What about the Eastfield tram?", Assert.Single(history).Question);
    }

    [Fact]
    public async Task HandleAsync_AskTooOften_EphemeralRetryMessage()
    {
        await using var bot = new BotHarness(new() { ["NewsBot:Discord:QuestionsPerMinute"] = "1" });
        await bot.DispatchAsync("INTERACTION_CREATE", BotHarness.Command("ask", [new { name = "question", type = 3, value = "One?" }]));
        bot.Rest.Clear();

        await bot.DispatchAsync("INTERACTION_CREATE", BotHarness.Command("ask", [new { name = "question", type = 3, value = "Two?" }]));

        var body = Assert.Single(bot.Rest.Requests).Body.GetProperty("data");
        Assert.Equal(64, body.GetProperty("flags").GetInt32());
        Assert.Equal("You can ask again in 60 seconds.", body.GetProperty("content").GetString());
    }

    [Fact]
    public async Task HandleAsync_ThumbsUp_StoresFeedbackWithQuestion()
    {
        await using var bot = new BotHarness();
        await bot.DispatchAsync("INTERACTION_CREATE", BotHarness.Command("ask", [new { name = "question", type = 3, value = "What about the tram?" }]));
        var buttons = bot.Rest.Requests[^1].Body.GetProperty("components")[0].GetProperty("components");
        var up = buttons.EnumerateArray().Select(b => b.GetProperty("custom_id").GetString()!).Single(id => id.StartsWith("nb-up:", StringComparison.Ordinal));

        await bot.DispatchAsync("INTERACTION_CREATE", new { id = "i9", application_id = BotHarness.AppId, type = 3, token = "tok", guild_id = "42", member = new { user = new { id = "u1" }, permissions = "0" }, data = new { custom_id = up, component_type = 2 } });

        var line = JsonDocument.Parse(File.ReadAllLines(bot.FeedbackFile).Single()).RootElement;
        Assert.Equal("What about the tram?", line.GetProperty("question").GetString());
        Assert.True(line.GetProperty("helpful").GetBoolean());
    }
}
