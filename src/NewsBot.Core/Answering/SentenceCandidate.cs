using NewsBot.Core.Retrieval;

namespace NewsBot.Core.Answering;

/// <summary>A sentence of a retrieved article, scored against the question.</summary>
/// <param name="Article">The article it comes from.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Coverage">Share of the question's keyword weight the sentence, with its headline and the sentence after it, holds, 0 to 1.</param>
/// <param name="Score">Coverage by the sentence alone, what it adds and how it fits the question; higher is better.</param>
internal sealed record SentenceCandidate(RetrievedArticle Article, string Text, double Coverage, double Score)
{
    /// <summary>Whether this is the article's headline rather than a sentence of its story.</summary>
    public bool IsHeadline { get; init; }

    /// <summary>Whether the sentence holds the kind of answer the question asks for (a figure for "how many", a name for "who"); true when it asks for none.</summary>
    public bool FitsKind { get; init; }

    /// <summary>Cosine between the sentence and the question's key words its article lacks ("hurt" for "no injuries were reported"); 0 when it lacks none.</summary>
    public double Fills { get; init; }

    /// <summary>Whether the sentence names a place the question lacks ("opened a factory in Eastfield"); read only when a name or place is asked.</summary>
    public bool NamesPlace { get; init; }

    /// <summary>Cosine between the sentence and the question.</summary>
    public double Similarity { get; init; }

    /// <summary>The sentence after this one when it holds part of the question this one lacks; it belongs with it in an answer.</summary>
    public string? Continuation { get; init; }

    /// <summary>The sentence before this one when this one opens with a pronoun; it names who or what the pronoun is.</summary>
    public string? Antecedent { get; init; }

    /// <summary>Whether the sentence says who or what it speaks of only by a pronoun ("He also …", "…," she said), so is quoted only after its <see cref="Antecedent"/>.</summary>
    public bool LeansOnPronoun { get; init; }

    /// <summary>
    /// Share of the key words' weight the sentence with its headline holds when words meaning a key word the stories never
    /// use count as it ("solar" for "sun"); 0 when none was looked for.
    /// </summary>
    public double CoverageInOtherWords { get; init; }

    /// <summary>Whether the sentence answers: it covers enough of the key words, in the question's words or words meaning them, or says the same in other words.</summary>
    public bool Answers(AnswerOptions settings) =>
        Coverage >= settings.MinCoverage || CoverageInOtherWords >= settings.MinCoverage || Similarity >= settings.MinSimilarity;
}
