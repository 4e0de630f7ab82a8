namespace NewsBot.Storage.Qdrant;

/// <summary>
/// The version each article was last seen to have, so that a search need not look up every article it found. A
/// remembered version is trusted only while the chunks found agree with it: a chunk of another version (a replacement,
/// or a rebuild by another process that changed the article) sends its article to be looked up again at once, and
/// every version is looked up again after <see cref="MaxAge"/>. That age bounds how long chunks that are no longer
/// current but still stored (an old version before its delete, or left by a run that was killed) can be shown whole.
/// </summary>
internal sealed class ArticleVersions(TimeProvider time)
{
    /// <summary>How long a version is trusted without looking it up.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    private const int MaxArticles = 50_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string? Version, DateTimeOffset Seen)> _known = new(StringComparer.Ordinal);

    /// <summary>The articles of <paramref name="found"/> (article id, chunk version) whose version is not known, is too old, or is not the chunk's.</summary>
    public IReadOnlyList<string> ToLookUp(IEnumerable<(string ArticleId, string? Version)> found)
    {
        var now = time.GetUtcNow();
        var stale = new HashSet<string>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var (id, version) in found)
            {
                if (!_known.TryGetValue(id, out var known) || now - known.Seen >= MaxAge || known.Version != version)
                {
                    stale.Add(id);
                }
            }
        }

        return [.. stale];
    }

    /// <summary>Records what a look-up of <paramref name="ids"/> found: <paramref name="current"/> holds the versions of those that exist.</summary>
    public void Remember(IEnumerable<string> ids, IReadOnlyDictionary<string, string?> current)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_known.Count > MaxArticles)
            {
                _known.Clear();
            }

            foreach (var id in ids)
            {
                _known[id] = (current.GetValueOrDefault(id), now);
            }
        }
    }

    /// <summary>Records a version this store has just written (null: removed).</summary>
    public void Set(string articleId, string? version) => Remember([articleId], new Dictionary<string, string?> { [articleId] = version });

    /// <summary>The current version of each of <paramref name="ids"/> as remembered; a removed article is absent.</summary>
    public Dictionary<string, string?> Current(IEnumerable<string> ids)
    {
        var current = new Dictionary<string, string?>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var id in ids)
            {
                if (_known.TryGetValue(id, out var known) && known.Version is not null)
                {
                    current[id] = known.Version;
                }
            }
        }

        return current;
    }

    /// <summary>Forgets every version (the store now reads another collection, or emptied it).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _known.Clear();
        }
    }
}
