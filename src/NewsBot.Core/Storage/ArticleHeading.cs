namespace NewsBot.Core.Storage;

/// <summary>What lists of articles show, without the body: id, headline, outlet, source and date.</summary>
public sealed record ArticleHeading(string Id, string Title, string? Outlet, string SourceKey, DateTimeOffset? Published);
