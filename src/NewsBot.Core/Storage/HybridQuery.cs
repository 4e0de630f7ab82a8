namespace NewsBot.Core.Storage;

/// <summary>One question for a hybrid search: its keywords and its embedding.</summary>
/// <param name="Terms">The question's keywords; the store analyzes them with Core's text analyzer.</param>
/// <param name="Vector">The question's embedding.</param>
/// <param name="CandidatePool">How many chunks each of the two searches contributes before fusion.</param>
public sealed record HybridQuery(IReadOnlyList<string> Terms, ReadOnlyMemory<float> Vector, int CandidatePool);
