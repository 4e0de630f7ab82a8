using System.Globalization;
using Google.Protobuf.Collections;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;
using NewsBot.Core.Text;
using Qdrant.Client.Grpc;

namespace NewsBot.Storage.Qdrant;

/// <summary>
/// The points NewsBot writes. An article point (no vectors) holds the article, its content hash (the current version)
/// and its analyzed title words; a chunk point holds one chunk of one version with the article fields a hit shows,
/// a dense vector and a sparse vector of Core's term weights.
/// </summary>
internal static class Payloads
{
    public const string Dense = "dense";
    public const string Sparse = "sparse";
    public const string Kind = "kind";
    public const string ArticleKind = "article";
    public const string ChunkKind = "chunk";
    public const string ArticleId = "article_id";
    public const string Version = "version";
    public const string OutletKey = "outlet_key";
    public const string Published = "published";
    public const string UrlKey = "url_key";
    public const string SourceKey = "source_key";
    public const string ContentHash = "content_hash";
    public const string TitleTerms = "title_terms";
    private const string ChunkId = "chunk_id";
    private const string Position = "position";
    private const string Text = "text";
    private const string Title = "title";
    private const string Outlet = "outlet";
    private const string PublishedTicks = "published_ticks";
    private const string PublishedOffset = "published_offset_minutes";
    private const string Url = "url";
    private const string Body = "body";
    private const string Origin = "origin";
    private const string Byline = "byline";
    private const string ChunkCount = "chunk_count";

    /// <summary>The fields <see cref="ReadHeading"/> reads: an article point without its body.</summary>
    public static readonly string[] HeadingFields = [ArticleId, Title, Outlet, SourceKey, PublishedTicks, PublishedOffset];

    /// <summary>The fields giving an article point's id and date, to order articles by date.</summary>
    public static readonly string[] DateFields = [ArticleId, PublishedTicks];

    /// <summary>An outlet as the outlet filter compares it.</summary>
    public static string Key(string value) => value.Trim().ToLowerInvariant();

    /// <summary>A moment as Qdrant's datetime index reads it (RFC 3339, UTC, microseconds).</summary>
    public static string Moment(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public static PointStruct ArticlePoint(Article article, string contentHash, int chunkCount)
    {
        var point = new PointStruct { Id = PointIds.Article(article.Id), Vectors = new Vectors { Vectors_ = new NamedVectors() } };
        var payload = point.Payload;
        payload[Kind] = ArticleKind;
        payload[Version] = contentHash;
        payload[ContentHash] = contentHash;
        payload[Body] = article.Body;
        payload[Origin] = article.Origin;
        payload[SourceKey] = article.SourceKey;
        payload[ChunkCount] = chunkCount;
        SetOptional(payload, Byline, article.Byline);
        SetOptional(payload, UrlKey, article.Url?.Trim().ToLowerInvariant());
        var terms = new ListValue();
        terms.Values.AddRange(ArticleLookup.TitleTerms(article.Title).Select(t => new Value { StringValue = t }));
        payload[TitleTerms] = new Value { ListValue = terms };
        AddArticleFields(payload, article);
        return point;
    }

    /// <summary>A chunk's point: its vector, its keyword weights normalised against <paramref name="averageLength"/>, and the payload that filters and shows it.</summary>
    public static PointStruct ChunkPoint(Article article, string version, EmbeddedChunk embedded, float averageLength)
    {
        var chunk = embedded.Chunk;
        var vectors = new NamedVectors();
        vectors.Vectors.Add(Dense, new Vector { Dense = new DenseVector { Data = { embedded.Vector.ToArray() } } });
        var terms = TextAnalyzer.DocumentWeights(chunk.Text, article.Title, averageLength);
        if (!terms.IsEmpty)
        {
            vectors.Vectors.Add(Sparse, new Vector { Sparse = new SparseVector { Indices = { terms.Indices }, Values = { terms.Values } } });
        }

        var point = new PointStruct { Id = PointIds.Chunk(article.Id, version, chunk.Position), Vectors = new Vectors { Vectors_ = vectors } };
        var payload = point.Payload;
        payload[Kind] = ChunkKind;
        payload[Version] = version;
        payload[ChunkId] = chunk.Id;
        payload[Position] = chunk.Position;
        payload[Text] = chunk.Text;
        AddArticleFields(payload, article);
        return point;
    }

    public static StoredArticle ReadArticle(MapField<string, Value> payload)
    {
        var article = new Article(
            Id: String(payload, ArticleId)!,
            Title: String(payload, Title) ?? string.Empty,
            Body: String(payload, Body) ?? string.Empty,
            Outlet: String(payload, Outlet),
            Published: ReadPublished(payload),
            Url: String(payload, Url),
            Origin: String(payload, Origin) ?? string.Empty,
            SourceKey: String(payload, SourceKey) ?? string.Empty)
        {
            Byline = String(payload, Byline),
        };
        return new StoredArticle(article, String(payload, ContentHash) ?? string.Empty, (int)Integer(payload, ChunkCount));
    }

    public static ArticleHeading ReadHeading(MapField<string, Value> payload) => new(
        String(payload, ArticleId) ?? string.Empty,
        String(payload, Title) ?? string.Empty,
        String(payload, Outlet),
        String(payload, SourceKey) ?? string.Empty,
        ReadPublished(payload));

    /// <summary>The article's publication moment in UTC ticks, or null when undated.</summary>
    public static long? PublishedUtcTicks(MapField<string, Value> payload) =>
        payload.ContainsKey(PublishedTicks) ? Integer(payload, PublishedTicks) : null;

    public static ChunkHit ReadHit(MapField<string, Value> payload, double score) => new(
        String(payload, ChunkId) ?? string.Empty,
        String(payload, ArticleId) ?? string.Empty,
        (int)Integer(payload, Position),
        String(payload, Text) ?? string.Empty,
        String(payload, Title) ?? string.Empty,
        String(payload, Outlet),
        ReadPublished(payload),
        String(payload, Url),
        score);

    public static string? String(MapField<string, Value> payload, string key) =>
        payload.TryGetValue(key, out var value) && value.KindCase == Value.KindOneofCase.StringValue ? value.StringValue : null;

    private static long Integer(MapField<string, Value> payload, string key) =>
        payload.TryGetValue(key, out var value) ? value.KindCase switch
        {
            Value.KindOneofCase.IntegerValue => value.IntegerValue,
            Value.KindOneofCase.DoubleValue => (long)value.DoubleValue,
            _ => 0,
        } : 0;

    private static void AddArticleFields(MapField<string, Value> payload, Article article)
    {
        payload[ArticleId] = article.Id;
        payload[Title] = article.Title;
        SetOptional(payload, Outlet, article.Outlet);
        SetOptional(payload, OutletKey, article.Outlet is null ? null : Key(article.Outlet));
        SetOptional(payload, Url, article.Url);
        if (article.Published is { } published)
        {
            payload[Published] = Moment(published);
            payload[PublishedTicks] = published.UtcTicks;
            payload[PublishedOffset] = (long)published.Offset.TotalMinutes;
        }
    }

    private static DateTimeOffset? ReadPublished(MapField<string, Value> payload)
    {
        if (!payload.ContainsKey(PublishedTicks))
        {
            return null;
        }

        var utc = new DateTimeOffset(Integer(payload, PublishedTicks), TimeSpan.Zero);
        return utc.ToOffset(TimeSpan.FromMinutes(Integer(payload, PublishedOffset)));
    }

    private static void SetOptional(MapField<string, Value> payload, string key, string? value)
    {
        if (value is not null)
        {
            payload[key] = value;
        }
    }
}
