namespace NewsBot.Core.Answering;

/// <summary>Keys under which the core registers its own answerer and summariser, for an LLM answerer to fall back on.</summary>
public static class AnswerServiceKeys
{
    /// <summary>The extractive <see cref="IAnswerService"/> and <see cref="Summaries.IArticleSummarizer"/>.</summary>
    public const string Extractive = "extractive";
}
