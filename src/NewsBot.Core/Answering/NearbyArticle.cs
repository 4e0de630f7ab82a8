namespace NewsBot.Core.Answering;

/// <summary>An article shown next to a declined answer: close to the question, but not cited, as it does not answer it.</summary>
public sealed record NearbyArticle(string ArticleId, string Title, string? Outlet, DateTimeOffset? Published, string? Url);
