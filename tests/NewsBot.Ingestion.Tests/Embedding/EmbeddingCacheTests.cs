using NewsBot.Ingestion.Embedding;
using NewsBot.Testing.OpenAi;

namespace NewsBot.Ingestion.Tests.Embedding;

/// <summary>The embedding cache: one SQLite file shared across runs, so the same text is never embedded twice.</summary>
public sealed class EmbeddingCacheTests : IDisposable
{
    private readonly CancellationToken token = TestContext.Current.CancellationToken;
    private readonly string folder = Directory.CreateTempSubdirectory("newsbot-cache-").FullName;

    private string CachePath => Path.Combine(folder, "nested", "embeddings.db");

    [Fact]
    public async Task GenerateAsync_SameTextsInALaterRun_SendsNoRequestAndReturnsTheSameVectors()
    {
        await using var standIn = OpenAiStandIn.Start(OpenAiHost.ApiKey);
        string[] passages = ["Ferry strike ends after talks.", "Harbour bridge reopens."];
        var overrides = new Dictionary<string, string?> { ["NewsBot:Embedding:CachePath"] = CachePath };

        float[][] first;
        using (var run = new OpenAiHost(standIn, overrides))
        {
            first = [.. (await run.Embedder.GenerateAsync(passages, cancellationToken: token)).Select(e => e.Vector.ToArray())];
        }

        using var later = new OpenAiHost(standIn, overrides);
        var second = await later.Embedder.GenerateAsync([passages[1], "A new passage.", passages[0]], cancellationToken: token);

        Assert.Equal(2, standIn.Requests.Count);
        Assert.Equal(["A new passage."], standIn.Requests[1].Inputs);
        Assert.Equal(first[1], second[0].Vector.ToArray());
        Assert.Equal(first[0], second[2].Vector.ToArray());
        Assert.True(File.Exists(CachePath));
    }

    [Fact]
    public async Task GetAsync_OtherModel_FindsNothing()
    {
        using var cache = EmbeddingCache.Open(CachePath);
        var key = EmbeddingCache.Key("The river peaked at 4.1 metres.");
        await cache.PutAsync("model-a", [(key, new float[] { 1, 2, 3 })], token);

        var same = await cache.GetAsync("model-a", [key], token);
        var other = await cache.GetAsync("model-b", [key], token);

        Assert.Equal([1f, 2f, 3f], same[0]!);
        Assert.Null(other[0]);
        Assert.Equal(1, cache.Count("model-a"));
    }

    [Fact]
    public void Open_PathIsAFolder_ErrorNamesTheSetting()
    {
        var error = Assert.Throws<IOException>(() => EmbeddingCache.Open(folder));

        Assert.Contains("NewsBot:Embedding:CachePath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveCachePath_NoneOrEmpty_OffOrUnderTheUsersCacheFolder()
    {
        Assert.Null(new EmbeddingOptions { CachePath = "none" }.ResolveCachePath());
        Assert.EndsWith(Path.Combine("newsbot", "embeddings.db"), new EmbeddingOptions().ResolveCachePath(), StringComparison.Ordinal);
        Assert.Equal("/data/e.db", new EmbeddingOptions { CachePath = "/data/e.db" }.ResolveCachePath());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
