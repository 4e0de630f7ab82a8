namespace NewsBot.Core.Answering;

/// <summary>A numbered source of an answer: one article.</summary>
public sealed record Citation(int Number, string ArticleId, string Title, string? Outlet, DateTimeOffset? Published, string? Url);
