namespace NewsBot.Storage.Sqlite;

/// <summary>
/// Remembers how many chunks hold each searched phrase and how many chunks there are, for one generation
/// of the file; any write moves the generation on and empties it. Counting a common phrase walks many postings, and
/// the same words recur across questions.
/// </summary>
internal sealed class PhraseFrequencyCache
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, long> counts = new(StringComparer.Ordinal);
    private long generation = -1;
    private long? chunks;

    /// <summary>Forgets everything when the file has moved to another generation.</summary>
    public void Sync(long current)
    {
        lock (gate)
        {
            if (current != generation)
            {
                counts.Clear();
                chunks = null;
                generation = current;
            }
        }
    }

    public long? Chunks
    {
        get
        {
            lock (gate)
            {
                return chunks;
            }
        }

        set
        {
            lock (gate)
            {
                chunks = value;
            }
        }
    }

    public bool TryGet(string phrase, out long count)
    {
        lock (gate)
        {
            return counts.TryGetValue(phrase, out count);
        }
    }

    public void Set(string phrase, long count)
    {
        lock (gate)
        {
            counts[phrase] = count;
        }
    }
}
