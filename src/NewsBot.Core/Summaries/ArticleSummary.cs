using NewsBot.Core.Answering;

namespace NewsBot.Core.Summaries;

/// <summary>A short extractive summary of one article, ending with its citation.</summary>
public sealed record ArticleSummary(string Text, Citation Citation, IReadOnlyList<string> Sentences);
