namespace NewsBot.Core.Answering;

/// <summary>
/// Words of feeling ("worried", "happy", "like") and of how someone is ("ok", "safe"): a question asks with them how someone feels
/// or fares, which a story words its own way ("fear two years of roadworks", "treated for cold and released"), so they
/// are neither a verb nor a thing a story must hold.
/// </summary>
internal static class Feelings
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "worried", "concerned", "angered", "annoyed", "frightened", "scared", "alarmed", "excited", "interested", "pleased",
        "delighted", "disappointed", "surprised", "shocked", "confused", "frustrated", "relieved", "satisfied", "embarrassed",
        "amazed", "tired", "bored", "divided", "saddened", "outraged", "unimpressed", "happy", "unhappy", "angry", "upset",
        "sad", "glad", "afraid", "furious", "anxious", "nervous", "proud", "hopeful", "optimistic", "pessimistic", "content",
        "confident", "keen", "ok", "okay", "alright", "safe", "like", "likes", "liked", "love", "loves", "loved", "hate", "hates",
        "hated", "dislike", "dislikes", "disliked",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
