using NewsBot.Core.Articles;
using NewsBot.Core.Storage;

namespace NewsBot.Testing.Storage;

/// <summary>Builds <see cref="TestArticle"/>s with sensible defaults; the content hash follows the content.</summary>
public sealed class TestArticleBuilder
{
    /// <summary>The publication moment used unless another is given.</summary>
    public static readonly DateTimeOffset DefaultPublished = new(2023, 3, 2, 10, 30, 0, TimeSpan.Zero);

    private readonly string _id;
    private readonly List<(string Text, float[] Vector)> _chunks = [];
    private string _title;
    private string? _outlet = "Test Outlet";
    private DateTimeOffset? _published = DefaultPublished;
    private string? _url;
    private string _sourceKey = "test-source";
    private string? _byline;

    private TestArticleBuilder(string id)
    {
        _id = id;
        _title = $"Headline of {id}";
        _url = $"https://news.example/{id}";
    }

    /// <summary>Starts an article with the given id.</summary>
    public static TestArticleBuilder Article(string id) => new(id);

    /// <summary>Sets the headline.</summary>
    public TestArticleBuilder Titled(string title)
    {
        _title = title;
        return this;
    }

    /// <summary>Sets the outlet (null for unknown).</summary>
    public TestArticleBuilder FromOutlet(string? outlet)
    {
        _outlet = outlet;
        return this;
    }

    /// <summary>Sets the publication moment (null for undated).</summary>
    public TestArticleBuilder PublishedAt(DateTimeOffset? published)
    {
        _published = published;
        return this;
    }

    /// <summary>Sets the link to the original.</summary>
    public TestArticleBuilder WithUrl(string? url)
    {
        _url = url;
        return this;
    }

    /// <summary>Sets the configured source the article came from.</summary>
    public TestArticleBuilder FromSource(string sourceKey)
    {
        _sourceKey = sourceKey;
        return this;
    }

    /// <summary>Sets the byline.</summary>
    public TestArticleBuilder WithByline(string? byline)
    {
        _byline = byline;
        return this;
    }

    /// <summary>Adds a chunk (in order) with its text and vector; the body is the chunks' texts.</summary>
    public TestArticleBuilder WithChunk(string text, float[] vector)
    {
        _chunks.Add((text, vector));
        return this;
    }

    /// <summary>The article, its content hash and embedded chunks.</summary>
    public TestArticle Build()
    {
        var article = new Article(
            _id,
            _title,
            string.Join("\n\n", _chunks.Select(c => c.Text)),
            _outlet,
            _published,
            _url,
            Origin: $"test://{_sourceKey}/{_id}",
            _sourceKey)
        {
            Byline = _byline,
        };

        var chunks = _chunks.Select((c, position) => new EmbeddedChunk(
            new Chunk(ArticleId.ChunkId(_id, position), _id, position, c.Text, $"{_title}\n{c.Text}", TokenCount: c.Text.Split(' ').Length),
            c.Vector)).ToArray();
        return new TestArticle(article, ArticleId.ContentHash(article), chunks);
    }
}
