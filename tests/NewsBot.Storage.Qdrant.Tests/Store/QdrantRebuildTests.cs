using NewsBot.Core.Storage;
using Qdrant.Client.Grpc;
using static NewsBot.Testing.Storage.TestArticleBuilder;

namespace NewsBot.Storage.Qdrant.Tests.Store;

/// <summary><c>index --rebuild</c> on Qdrant: a new collection beside the live one, one alias switch, the old one dropped.</summary>
public sealed class QdrantRebuildTests : QdrantStoreTestBase
{
    [Fact]
    public async Task Rebuild_WhileBuilding_ReadersKeepTheOldIndexThenSeeTheNewAfterOneAliasSwitch()
    {
        var writer = Open();
        var reader = Open();
        await WriteAsync(writer, Article("old").WithChunk("Harvest report from last year.", Axis(0)).Build());
        var oldCollection = StandIn.State.Aliases[Collection];

        await writer.BeginRebuildAsync(Ct);
        await WriteAsync(writer, Article("new").WithChunk("Harvest report from this year.", Axis(0)).Build());

        Assert.Equal("old", Assert.Single(await reader.SearchLexicalAsync(["harvest"], SearchFilter.None, 10, Ct)).ArticleId);
        var switchesBefore = StandIn.CallsOf("UpdateAliases").Count;

        await writer.CompleteRebuildAsync(Ct);

        Assert.Equal("new", Assert.Single(await reader.SearchLexicalAsync(["harvest"], SearchFilter.None, 10, Ct)).ArticleId);
        var switchOver = Assert.Single(StandIn.CallsOf("UpdateAliases").Skip(switchesBefore)).As<ChangeAliases>()!;
        Assert.Equal([AliasOperations.ActionOneofCase.DeleteAlias, AliasOperations.ActionOneofCase.CreateAlias], switchOver.Actions.Select(a => a.ActionCase));
        Assert.NotEqual(oldCollection, StandIn.State.Aliases[Collection]);
        Assert.DoesNotContain(oldCollection, StandIn.State.CollectionNames);
        Assert.Single(StandIn.State.CollectionNames);
        Assert.Equal("new", Assert.Single(await writer.ListArticlesAsync(Ct)).Article.Id);
    }

    [Fact]
    public async Task Rebuild_Abandoned_DropsTheNewCollectionAndKeepsTheOld()
    {
        var writer = Open();
        await WriteAsync(writer, Article("old").WithChunk("Harvest report.", Axis(0)).Build());
        var oldCollection = StandIn.State.Aliases[Collection];

        await writer.BeginRebuildAsync(Ct);
        await WriteAsync(writer, Article("new").WithChunk("Half-built harvest report.", Axis(0)).Build());
        await writer.AbandonRebuildAsync(Ct);

        Assert.Equal([oldCollection], StandIn.State.CollectionNames);
        Assert.Equal("old", Assert.Single(await writer.ListArticlesAsync(Ct)).Article.Id);
    }
}
