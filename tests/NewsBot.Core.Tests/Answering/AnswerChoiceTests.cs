using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.Retrieval;
using NewsBot.Core.Storage;
using NewsBot.Core.Text;
using NewsBot.Testing.Fakes;

namespace NewsBot.Core.Tests.Answering;

/// <summary>
/// Which articles and sentences an answer takes, given fixed retrieval: a near-tied second report of one event is
/// cited only if its own sentence answers at least as well, and a fact told over two sentences, or found away
/// from the best-scored sentence, is answered rather than declined.
/// </summary>
public sealed class AnswerChoiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly CancellationToken token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnswerAsync_RunnerUpAnswersMoreFully_CitesBoth()
    {
        var retriever = new FixedRetriever(
            Article("photos", "Pictures from the Kestrel launch", 1.0, "The Kestrel rocket lifted off from the coast on Wednesday morning."),
            Article("launch", "Kestrel crew heads for the Meridian station", 0.75, "The Kestrel rocket lifted off on Wednesday carrying four crew to the Meridian space station."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Where is the crew of the Kestrel rocket that lifted off on Wednesday going?"), token);

        Assert.Equal(["photos", "launch"], answer.Citations.Select(c => c.ArticleId));
        Assert.Contains("Meridian space station. [2]", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_RunnerUpAnswersLessWell_CitesOnlyTheBest()
    {
        var retriever = new FixedRetriever(
            Article("launch", "Kestrel crew heads for the Meridian station", 1.0, "The Kestrel rocket lifted off on Wednesday carrying four crew to the Meridian space station."),
            Article("photos", "Pictures from the Kestrel launch", 0.7, "The Kestrel rocket lifted off from the coast on Wednesday morning."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Where is the crew of the Kestrel rocket that lifted off on Wednesday going?"), token);

        var cited = Assert.Single(answer.Citations);
        Assert.Equal("launch", cited.ArticleId);
    }

    [Fact]
    public async Task AnswerAsync_FactSpreadOverTwoSentences_AnswersInsteadOfDeclining()
    {
        var retriever = new FixedRetriever(
            Article("strike", "Skerry services halted", 1.0, "Harbour Line ferry crews walked off the job at dawn. Both island routes stayed shut on Monday."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Which island routes did the Harbour Line ferry walkout close on Monday morning?"), token);

        Assert.False(answer.Declined);
        Assert.Contains("Both island routes stayed shut on Monday.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_FigureAndContextInDifferentSentences_AnswersInsteadOfDeclining()
    {
        var retriever = new FixedRetriever(
            Article("crew", "Storm aftermath", 1.0, "The Eastport flood swept through the harbour on Friday. Afterwards the Skerry lifeboat asked for help. By Sunday 40 volunteers had signed up."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("How many volunteers joined the Skerry lifeboat crew after the Eastport flood?"), token);

        Assert.False(answer.Declined);
        Assert.Contains("40 volunteers", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_QuestionWithPreamble_QuotesTheSentenceThatAnswersTheAskingPart()
    {
        var retriever = new FixedRetriever(
            Article("senator", "Senator Vale will not seek another term", 1.0,
                "Senator Maren Vale said on Tuesday she will not run again, ending a long career. "
                + "Party leaders in the capital were told of the decision earlier. "
                + "Vale was first elected in 1996 after two terms as mayor."));

        var answer = await Service(retriever).AnswerAsync(
            new AnswerRequest("Senator Maren Vale will not run again. What year was she first elected?"), token);

        Assert.False(answer.Declined);
        Assert.StartsWith("According to Coast Herald, Vale was first elected in 1996", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_NameOnlyDescribesTheAnswer_AnswersFromTheStoryNamingIt()
    {
        var retriever = new FixedRetriever(
            Article("witches", "Lawmakers weigh pardons for accused witches", 1.0,
                "Massachusetts lawmakers are weighing a bill that would exonerate everyone accused of witchcraft in the state in the 1690s."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Which US state is considering exonerating accused witches?"), token);

        Assert.False(answer.Declined);
        Assert.Contains("Massachusetts", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_DescribedKindAbsentFromTheStory_Declines()
    {
        var retriever = new FixedRetriever(
            Article("millipede", "Scientists name a millipede after a singer", 1.0,
                "Scientists have named a newly discovered millipede after a singer, in recognition of her talent as a songwriter and author."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Which Icelandic volcano did scientists name after a children's author?"), token);

        Assert.True(answer.Declined);
    }

    [Fact]
    public async Task AnswerAsync_HeadlineRestatesTheQuestion_LeadsWithTheStorysSentence()
    {
        var retriever = new FixedRetriever(
            Article("wind", "Offshore wind farm off Skerry Islands approved", 1.0,
                "The national energy agency approved a 48-turbine wind farm off the Skerry Islands on Saturday."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Who approved the offshore wind farm?"), token);

        Assert.StartsWith("According to Coast Herald, the national energy agency approved", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Offshore wind farm off Skerry Islands approved", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_WhoQuestionLeadSentenceNamesNoOne_AddsTheSentenceNamingThePerson()
    {
        var retriever = new FixedRetriever(
            Article("ferries", "Harbour Line ferries sail again", 1.0,
                "Harbour Line ferries resumed service on Monday after the five-day strike. "
                + "Managing director Lena Voss said timetables would be back to normal by Friday."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Who runs Harbour Line ferries?"), token);

        Assert.False(answer.Declined);
        Assert.StartsWith("According to Coast Herald, Harbour Line ferries resumed service", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Managing director Lena Voss said", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_WhoQuestionLeadSentenceNamesThePerson_QuotesItAlone()
    {
        var retriever = new FixedRetriever(
            Article("ferries", "Harbour Line ferries sail again", 1.0,
                "Managing director Lena Voss said Harbour Line ferries resumed service on Monday after the five-day strike. "
                + "The company's chair Ola Berg thanked passengers for their patience."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Who runs Harbour Line ferries?"), token);

        Assert.Contains("Lena Voss", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ola Berg", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_CostAskedArticleGivesNoSum_Declines()
    {
        var retriever = new FixedRetriever(WindFarmWithoutSum());

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("How much will the Skerry wind farm cost?"), token);

        Assert.True(answer.Declined);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task AnswerAsync_CostAskedRunnerUpGivesTheSum_AnswersFromIt()
    {
        var retriever = new FixedRetriever(
            WindFarmWithoutSum(),
            Article("budget", "Wind farm budget set", 0.6, "The Skerry wind farm will cost 1.2 billion crowns to build, the developer said."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("How much will the Skerry wind farm cost?"), token);

        Assert.False(answer.Declined);
        Assert.Contains("1.2 billion crowns", answer.Text, StringComparison.Ordinal);
        Assert.Equal("budget", answer.Citations[0].ArticleId);
    }

    /// <summary>A story that gives figures and speaks of cost, but names no sum.</summary>
    private static RetrievedArticle WindFarmWithoutSum() =>
        Article("wind", "Offshore wind farm approved", 1.0,
            "The energy agency approved a 48-turbine wind farm off the Skerry Islands on Saturday. "
            + "The farm will cost the region nothing in its first years and power 310,000 homes.");

    private static ExtractiveAnswerService Service(IRetriever retriever) =>
        new(retriever, new WordEmbedder(), new InMemoryChunkStore(), Options.Create(new AnswerOptions()), NullLogger<ExtractiveAnswerService>.Instance);

    private static RetrievedArticle Article(string id, string title, double score, string text) =>
        new(id, title, "Coast Herald", Now.AddDays(-1), $"https://news.example/{id}", score,
            [new ChunkHit(id + "#0", id, 0, text, title, "Coast Herald", Now.AddDays(-1), $"https://news.example/{id}", score)]);

    private sealed class FixedRetriever(params RetrievedArticle[] articles) : IRetriever
    {
        public Task<RetrievalResult> RetrieveAsync(RetrievalRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(new RetrievalResult(request.Question, Now, null, articles) { Keywords = Terms.Keywords(request.Question) });
    }
}
