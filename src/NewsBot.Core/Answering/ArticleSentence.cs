namespace NewsBot.Core.Answering;

/// <summary>A sentence of an article (or its headline) with the stems of its words.</summary>
internal sealed record ArticleSentence(string Text, IReadOnlySet<string> Stems)
{
    public bool IsHeadline { get; init; }
}
