using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Storage;
using NewsBot.Ingestion.Indexing;
using NewsBot.Ingestion.Tests.Reading;
using NewsBot.Testing.OpenAi;

namespace NewsBot.Ingestion.Tests.Embedding;

public sealed class OpenAiIndexingTests
{
    private readonly CancellationToken token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task IndexAsync_FolderWithOpenAiProvider_PassagesEmbeddedByTheEndpointAndFoundByVector()
    {
        await using var standIn = OpenAiStandIn.Start(OpenAiHost.ApiKey);
        using var host = new OpenAiHost(standIn, new Dictionary<string, string?> { ["NewsBot:Embedding:BatchSize"] = "2" });
        using var folder = NewsFolder();
        var store = host.Services.GetRequiredService<IChunkStore>();

        var report = await host.Services.GetRequiredService<IArticleIndexer>().IndexAsync([folder.Path], null, token);

        Assert.Equal((3, 0), (report.Added, report.Failures.Count));
        var sent = standIn.Requests.SelectMany(r => r.Inputs).ToList();
        Assert.All(standIn.Requests, r => Assert.InRange(r.Inputs.Count, 1, 2));
        Assert.Equal((await store.CountAsync(token)).Chunks, sent.Count);
        var ferry = Assert.Single(sent, text => text.Contains("ferry crews", StringComparison.Ordinal));
        Assert.Equal(new EmbedderSignature("openai:" + OpenAiHost.Model, OpenAiHost.Dimensions), await store.GetEmbedderAsync(token));

        var query = StandInVectors.Shortened(ferry, standIn.ModelDimensions, OpenAiHost.Dimensions);
        var hits = await store.SearchVectorAsync(query, SearchFilter.None, 1, token);

        Assert.Contains("ferry crews", Assert.Single(hits).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexAsync_WrongApiKey_EveryArticleReportedWithTheSettingToFix()
    {
        await using var standIn = OpenAiStandIn.Start(OpenAiHost.ApiKey);
        using var host = new OpenAiHost(standIn, new Dictionary<string, string?> { ["NewsBot:Embedding:ApiKey"] = "sk-not-the-right-key-0000" });
        using var folder = NewsFolder();

        var report = await host.Services.GetRequiredService<IArticleIndexer>().IndexAsync([folder.Path], null, token);

        Assert.Equal(0, report.Added);
        Assert.Equal(3, report.Failures.Count);
        Assert.All(report.Failures, f => Assert.Contains("NewsBot:Embedding:ApiKey", f.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task IndexAsync_EndpointErrorEchoesTheAuthorizationHeader_KeyMaskedInReportAndLogs()
    {
        await using var standIn = OpenAiStandIn.Start(OpenAiHost.ApiKey);
        standIn.FailNextEchoingAuthorization(count: 10);
        using var host = new OpenAiHost(standIn);
        using var folder = NewsFolder();

        var report = await host.Services.GetRequiredService<IArticleIndexer>().IndexAsync([folder.Path], null, token);

        Assert.Equal(3, report.Failures.Count);
        Assert.All(report.Failures, f => Assert.Contains("Headers received: Authorization: Bearer ***;", f.Reason, StringComparison.Ordinal));
        Assert.All(report.Failures, f => Assert.DoesNotContain(OpenAiHost.ApiKey, f.Reason, StringComparison.Ordinal));
        Assert.Equal([], host.LogLines.Where(line => line.Contains(OpenAiHost.ApiKey, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task IndexAsync_EndpointIgnoresDimensions_ReportedWithTheSettingToFix()
    {
        await using var standIn = OpenAiStandIn.Start(OpenAiHost.ApiKey, modelDimensions: 768);
        standIn.IgnoresDimensions = true;
        using var host = new OpenAiHost(standIn);
        using var folder = NewsFolder();

        var report = await host.Services.GetRequiredService<IArticleIndexer>().IndexAsync([folder.Path], null, token);

        Assert.Equal(0, report.Added);
        Assert.All(report.Failures, f => Assert.Contains("NewsBot:Embedding:Dimensions", f.Reason, StringComparison.Ordinal));
        Assert.Equal(0, (await host.Services.GetRequiredService<IChunkStore>().CountAsync(token)).Chunks);
    }

    private static TempFolder NewsFolder()
    {
        var folder = new TempFolder();
        folder.Write("ferry.txt", " date 2026-11-01 Ferry strike ends\n\nThe ferry crews returned to work on Sunday after talks ended the strike.\n\nSailings resume at dawn.\n");
        folder.Write("bridge.txt", " date 2026-11-02 Harbour bridge reopens\n\nThe harbour bridge reopened to traffic on Monday after six months of repairs.\n");
        folder.Write("budget.txt", " date 2026-11-03 Council approves budget\n\nThe council approved next year's budget, with more money for libraries and parks.\n");
        return folder;
    }
}
