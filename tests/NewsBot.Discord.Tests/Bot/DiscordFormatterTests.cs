using NewsBot.Discord.Bot;

namespace NewsBot.Discord.Tests.Bot;

public sealed class DiscordFormatterTests
{
    [Fact]
    public void Answer_LongText_SplitsAtSentencesWithinLimitsKeepingCitations()
    {
        var sentences = Enumerable.Range(1, 400).Select(i => $"Sentence number {i} says something about the tram. [{(i % 3) + 1}]");
        var answer = Answers.Of(string.Join(' ', sentences), Answers.Cite(1), Answers.Cite(2), Answers.Cite(3));

        var messages = DiscordFormatter.Answer(answer, "k");

        Assert.All(messages, m =>
        {
            Assert.True(m.Embeds!.Count <= 10);
            Assert.True(m.Embeds.Sum(e => e.Length) <= 6000);
            Assert.All(m.Embeds, e => Assert.True((e.Description?.Length ?? 0) <= 4096));
            Assert.Empty(m.AllowedMentions.Parse);
        });
        var pieces = messages.SelectMany(m => m.Embeds!).Where(e => e.Description!.StartsWith("Sentence", StringComparison.Ordinal)).ToList();
        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p => Assert.Matches(@"\. \[\d\]$", p.Description!));
    }

    [Fact]
    public void Answer_WithNote_ShowsTheNoteUnderTheAnswer()
    {
        var answer = Answers.Of("The council approved the tram. [1]", Answers.Cite(1)) with { Note = "The chat model did not answer in time; this is the extractive answer." };

        var first = DiscordFormatter.Answer(answer, null)[0].Embeds![0];

        Assert.Equal("The council approved the tram. [1]", first.Description);
        Assert.Equal("The chat model did not answer in time; this is the extractive answer.", first.Footer?.Text);
    }

    [Fact]
    public void Answer_TitleWithMarkdown_EscapedInLink()
    {
        var answer = Answers.Of("Done. [1]", Answers.Cite(1, "Tram *approved* [at last]", "https://example.org/a(1)"));

        var sources = DiscordFormatter.Answer(answer, null)[0].Embeds!.Single(e => e.Title == "Sources").Description!;

        Assert.Equal(@"[1] [Tram \*approved\* \[at last\]](https://example.org/a%281%29) — Valley Courier, 2026-11-17", sources);
    }

    [Fact]
    public void Answer_EveryoneAndRoleMentions_DoNotPing()
    {
        var answer = Answers.Of("Ping @everyone and <@&123> now. [1]", Answers.Cite(1));

        var message = DiscordFormatter.Answer(answer, null)[0];

        var text = message.Embeds![0].Description!;
        Assert.DoesNotContain("@everyone", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<@&", text, StringComparison.Ordinal);
        Assert.Empty(message.AllowedMentions.Parse);
        Assert.False(message.AllowedMentions.RepliedUser);
    }

    [Fact]
    public void Plain_LongText_CutTo2000()
    {
        Assert.Equal(2000, DiscordFormatter.Plain(new string('x', 5000)).Content!.Length);
    }

    [Fact]
    public void Answer_Declined_ListsNearestArticles()
    {
        var answer = Answers.Of("The indexed news does not say.") with
        {
            Declined = true,
            Nearest = [new NewsBot.Core.Answering.NearbyArticle("a-9", "Harbour dredging", "Valley Courier", null, "https://example.org/9")],
        };

        var embeds = DiscordFormatter.Answer(answer, "k")[0].Embeds!;

        Assert.Contains(embeds, e => e.Title!.StartsWith("Nearest", StringComparison.Ordinal) && e.Description!.Contains("[Harbour dredging](https://example.org/9)", StringComparison.Ordinal));
    }
}
