namespace NewsBot.Answers.SemanticKernel.Tests;

public sealed class ChatSummarizerTests
{
    private readonly CancellationToken token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task SummarizeAsync_ShortArticle_OneCallWithTheSummarizePromptAndTheCitation()
    {
        await using var rig = ChatRig.Start();
        await rig.AddTramStoriesAsync(token);
        rig.StandIn.Chat.ReplyNext("Councillors voted 7 to 4 for the Eastfield tram, which the council costs at 212 million crowns.");

        var result = await rig.Summarizer.SummarizeAsync("g", token);

        var request = Assert.Single(rig.StandIn.Chat.Requests);
        Assert.Contains("Title: Council approves Eastfield tram", request.AllText, StringComparison.Ordinal);
        Assert.Contains("Outlet: Harbour Gazette", request.AllText, StringComparison.Ordinal);
        Assert.Equal("Councillors voted 7 to 4 for the Eastfield tram, which the council costs at 212 million crowns. [1]", result.Summary!.Text);
        Assert.Equal("g", result.Summary.Citation.ArticleId);
    }

    [Fact]
    public async Task SummarizeAsync_ArticleLongerThanTheBudget_PartsSummarisedThenCombined()
    {
        await using var rig = ChatRig.Start(settings: new Dictionary<string, string?> { ["NewsBot:Chat:ContextTokens"] = "200" });
        var body = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"In paragraph {i} the harbour board discussed berth number {i} and its dredging schedule for the winter."));
        await rig.AddAsync("long", "Harbour board meets", "Harbour Gazette", body, token);
        for (var i = 1; i <= 10; i++)
        {
            rig.StandIn.Chat.ReplyNext($"Summary {i}: the harbour board discussed berths.");
        }

        var result = await rig.Summarizer.SummarizeAsync("long", token);

        // Each request takes the next scripted reply: the parts' summaries, then the combining call.
        var requests = rig.StandIn.Chat.Requests;
        var parts = requests.Count - 1;
        Assert.True(parts >= 3, $"{parts} parts");
        Assert.All(Enumerable.Range(1, parts), i => Assert.Contains($"Summary {i}: the harbour", requests[^1].AllText, StringComparison.Ordinal));
        Assert.DoesNotContain("paragraph 40", requests[0].AllText, StringComparison.Ordinal);
        Assert.Equal($"Summary {requests.Count}: the harbour board discussed berths. [1]", result.Summary!.Text);
    }

    [Fact]
    public async Task SummarizeAsync_ModelDown_ExtractiveSummary()
    {
        await using var rig = ChatRig.Start(settings: new Dictionary<string, string?> { ["NewsBot:Chat:MaxRetries"] = "0" });
        await rig.AddTramStoriesAsync(token);
        rig.StandIn.Chat.FailNext(1, 503);

        var result = await rig.Summarizer.SummarizeAsync("g", token);

        Assert.StartsWith("The council voted 7 to 4 to extend the tram to Eastfield.", result.Summary!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CondenseAsync_FollowUp_RewrittenWithTheCondensePrompt()
    {
        await using var rig = ChatRig.Start();
        rig.StandIn.Chat.ReplyNext("How much will the Eastfield tram cost?\n");

        var question = await rig.Condenser.CondenseAsync([new("What did the council decide about the Eastfield tram?", "It approved it [1].")], "and how much will it cost?", token);

        Assert.Equal("How much will the Eastfield tram cost?", question);
        Assert.Contains("Follow-up: and how much will it cost?", Assert.Single(rig.StandIn.Chat.Requests).AllText, StringComparison.Ordinal);
    }
}
