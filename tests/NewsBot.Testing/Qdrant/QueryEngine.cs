using Qdrant.Client.Grpc;

namespace NewsBot.Testing.Qdrant;

/// <summary>
/// The Query API over one collection: prefetches run first (each with its own filter and the parent's), then the query
/// rescores or fuses their candidates — nearest by a dense, sparse (with IDF) or stored vector, RRF fusion
/// (1 / ((rank + 1) / weight + k − 1), rank from 0, k = 2 unless given), DBSF fusion, or a formula
/// (<see cref="FormulaScorer"/>) — then score threshold, offset and limit.
/// </summary>
internal static class QueryEngine
{
    /// <summary>Qdrant's default RRF constant.</summary>
    public const uint DefaultRrfK = 2;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<StandInCollection, RevisionFrequencies> Frequencies = [];

    public static List<ScoredCandidate> Run(StandInCollection collection, QueryStep step, Filter? inherited = null)
    {
        if (step.Limit == 0)
        {
            throw QdrantErrors.Validation("limit: value 0 invalid, must be 1 or more");
        }

        var filter = FilterMatcher.Both(inherited, step.Filter);
        var ascending = false;
        List<ScoredCandidate> scored;
        if (step.Prefetch.Count > 0)
        {
            var lists = step.Prefetch.Select(prefetch => Run(collection, QueryStep.From(prefetch), filter)).ToList();
            var candidates = lists.SelectMany(list => list.Select(c => c.Point)).DistinctBy(PointKey).ToList();
            switch (step.Query?.VariantCase)
            {
                case Query.VariantOneofCase.Fusion when step.Query.Fusion == Fusion.Rrf:
                    scored = Rrf(lists, DefaultRrfK, []);
                    break;
                case Query.VariantOneofCase.Rrf:
                    if (step.Query.Rrf.Weights.Count > 0 && step.Query.Rrf.Weights.Count != lists.Count)
                    {
                        throw QdrantErrors.WrongInput($"RRF weights count ({step.Query.Rrf.Weights.Count}) must match the number of prefetches ({lists.Count})");
                    }

                    scored = Rrf(lists, step.Query.Rrf.HasK ? step.Query.Rrf.K : DefaultRrfK, step.Query.Rrf.Weights);
                    break;
                case Query.VariantOneofCase.Fusion when step.Query.Fusion == Fusion.Dbsf:
                    scored = Dbsf(lists);
                    break;
                case Query.VariantOneofCase.Formula:
                    var formula = new FormulaScorer(step.Query.Formula, lists);
                    scored = [.. candidates.Select(point => new ScoredCandidate(point, formula.Score(point)))];
                    break;
                case Query.VariantOneofCase.Nearest:
                    (scored, ascending) = Nearest(collection, step.Query.Nearest, step.Using, candidates);
                    break;
                case null or Query.VariantOneofCase.None when lists.Count == 1:
                    scored = lists[0];
                    break;
                default:
                    throw QdrantErrors.NotServed($"the {step.Query?.VariantCase.ToString() ?? "missing"} query over several prefetches");
            }
        }
        else
        {
            var candidates = collection.Points.Values.Where(point => FilterMatcher.Matches(filter, point)).ToList();
            switch (step.Query?.VariantCase)
            {
                case Query.VariantOneofCase.Nearest:
                    (scored, ascending) = Nearest(collection, step.Query.Nearest, step.Using, candidates);
                    break;
                case null or Query.VariantOneofCase.None:
                    scored = [.. candidates.Select(point => new ScoredCandidate(point, 0f))];
                    break;
                case Query.VariantOneofCase.Fusion or Query.VariantOneofCase.Rrf:
                    throw QdrantErrors.WrongInput("Fusion queries require prefetches");
                default:
                    throw QdrantErrors.NotServed($"the {step.Query.VariantCase} query");
            }
        }

        IEnumerable<ScoredCandidate> kept = scored;
        if (step.ScoreThreshold is { } threshold)
        {
            kept = kept.Where(c => ascending ? c.Score <= threshold : c.Score >= threshold);
        }

        return Best(kept, ascending, (int)Math.Min(step.Offset + step.Limit, int.MaxValue)).Skip((int)step.Offset).ToList();
    }

    /// <summary>
    /// The first <paramref name="count"/> candidates in answer order (by score, then by point key), without sorting the
    /// rest: a bounded heap whose top is the worst kept.
    /// </summary>
    private static List<ScoredCandidate> Best(IEnumerable<ScoredCandidate> candidates, bool ascending, int count)
    {
        var order = Comparer<ScoredCandidate>.Create((x, y) =>
        {
            var byScore = ascending ? x.Score.CompareTo(y.Score) : y.Score.CompareTo(x.Score);
            return byScore != 0 ? byScore : string.CompareOrdinal(x.Key, y.Key);
        });
        var worstFirst = Comparer<ScoredCandidate>.Create((x, y) => order.Compare(y, x));
        var heap = new PriorityQueue<ScoredCandidate, ScoredCandidate>(worstFirst);
        foreach (var candidate in candidates)
        {
            if (heap.Count < count)
            {
                heap.Enqueue(candidate, candidate);
            }
            else if (count > 0 && order.Compare(candidate, heap.Peek()) < 0)
            {
                heap.EnqueueDequeue(candidate, candidate);
            }
        }

        var best = new List<ScoredCandidate>(heap.Count);
        while (heap.Count > 0)
        {
            best.Add(heap.Dequeue());
        }

        best.Reverse();
        return best;
    }

    private static string PointKey(StandInPoint point) => point.Key;

    private static List<ScoredCandidate> Rrf(List<List<ScoredCandidate>> lists, uint k, IReadOnlyList<float> weights)
    {
        var scores = new Dictionary<string, (StandInPoint Point, float Score)>(StringComparer.Ordinal);
        for (var list = 0; list < lists.Count; list++)
        {
            var weight = list < weights.Count ? weights[list] : 1f;
            for (var rank = 0; rank < lists[list].Count; rank++)
            {
                var candidate = lists[list][rank];
                var add = 1f / (((rank + 1) / weight) + k - 1);
                scores[candidate.Key] = scores.TryGetValue(candidate.Key, out var sum) ? (sum.Point, sum.Score + add) : (candidate.Point, add);
            }
        }

        return [.. scores.Values.Select(pair => new ScoredCandidate(pair.Point, pair.Score))];
    }

    /// <summary>Distribution-based score fusion: each list's scores mapped from mean ± 3 standard deviations onto 0..1, then summed.</summary>
    private static List<ScoredCandidate> Dbsf(List<List<ScoredCandidate>> lists)
    {
        var scores = new Dictionary<string, (StandInPoint Point, float Score)>(StringComparer.Ordinal);
        foreach (var list in lists.Where(list => list.Count > 0))
        {
            var mean = list.Average(c => c.Score);
            var deviation = MathF.Sqrt(list.Sum(c => (c.Score - mean) * (c.Score - mean)) / list.Count);
            var (low, high) = (mean - (3 * deviation), mean + (3 * deviation));
            foreach (var candidate in list)
            {
                var normalised = high > low ? Math.Clamp((candidate.Score - low) / (high - low), 0f, 1f) : 0.5f;
                scores[candidate.Key] = scores.TryGetValue(candidate.Key, out var sum) ? (sum.Point, sum.Score + normalised) : (candidate.Point, normalised);
            }
        }

        return [.. scores.Values.Select(pair => new ScoredCandidate(pair.Point, pair.Score))];
    }

    private static (List<ScoredCandidate> Scored, bool Ascending) Nearest(StandInCollection collection, VectorInput input, string name, List<StandInPoint> candidates)
    {
        if (input.VariantCase == VectorInput.VariantOneofCase.Id)
        {
            var key = PointIds.Key(input.Id);
            var source = collection.Points.GetValueOrDefault(key)
                ?? throw QdrantErrors.WrongInput($"No point with id {input.Id} found");
            input = source.Dense.TryGetValue(name, out var stored)
                ? new VectorInput { Dense = new DenseVector { Data = { stored } } }
                : source.Sparse.TryGetValue(name, out var sparse) ? new VectorInput { Sparse = sparse } : throw QdrantErrors.UnknownVectorName(name);
            candidates = [.. candidates.Where(point => point.Key != key)];
        }

        if (input.VariantCase == VectorInput.VariantOneofCase.Dense)
        {
            var parameters = collection.DenseVectors.GetValueOrDefault(name) ?? throw QdrantErrors.UnknownVectorName(name);
            var query = input.Dense.Data.ToArray();
            if ((ulong)query.Length != parameters.Size)
            {
                throw QdrantErrors.DimensionMismatch(parameters.Size, query.Length);
            }

            if (parameters.Distance == Distance.Cosine)
            {
                query = VectorMath.Normalised(query);
            }

            var scored = candidates
                .Where(point => point.Dense.ContainsKey(name))
                .Select(point => new ScoredCandidate(point, VectorMath.Dense(parameters.Distance, query, point.Dense[name])))
                .ToList();
            return (scored, VectorMath.Ascending(parameters.Distance));
        }

        if (input.VariantCase == VectorInput.VariantOneofCase.Sparse)
        {
            var parameters = collection.SparseVectors.GetValueOrDefault(name) ?? throw QdrantErrors.UnknownVectorName(name);
            var shards = parameters.HasModifier && parameters.Modifier == Modifier.Idf ? DocumentFrequencies(collection, name) : null;
            var scored = new List<ScoredCandidate>();
            foreach (var point in candidates)
            {
                var idf = shards?[collection.ShardOf(point.Key)].Idf;
                if (point.Sparse.TryGetValue(name, out var stored) && VectorMath.Sparse(input.Sparse, stored, idf) is { } score)
                {
                    scored.Add(new ScoredCandidate(point, score));
                }
            }

            return (scored, false);
        }

        throw QdrantErrors.NotServed($"nearest by {input.VariantCase}");
    }

    /// <summary>
    /// How many points of each shard hold the named sparse vector and each index: Qdrant computes the <c>idf</c> modifier
    /// per shard, over every point of the shard that holds the vector (not only the filtered ones). Counted once per
    /// revision of the points.
    /// </summary>
    private static ShardFrequencies[] DocumentFrequencies(StandInCollection collection, string name)
    {
        var cached = Frequencies.GetOrCreateValue(collection);
        lock (cached)
        {
            if (cached.Revision != collection.Revision)
            {
                cached.ByName.Clear();
                cached.Revision = collection.Revision;
            }

            if (cached.ByName.TryGetValue(name, out var known))
            {
                return known;
            }

            var shards = Enumerable.Range(0, (int)collection.ShardCount).Select(_ => new ShardFrequencies()).ToArray();
            foreach (var (key, point) in collection.Points)
            {
                if (point.Sparse.TryGetValue(name, out var vector))
                {
                    shards[collection.ShardOf(key)].Add(vector);
                }
            }

            return cached.ByName[name] = shards;
        }
    }

    /// <summary>The sparse statistics of one revision of a collection's points, by vector name.</summary>
    private sealed class RevisionFrequencies
    {
        public ulong Revision { get; set; } = ulong.MaxValue;

        public Dictionary<string, ShardFrequencies[]> ByName { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>One shard's sparse statistics.</summary>
    private sealed class ShardFrequencies
    {
        private readonly Dictionary<uint, int> _frequency = [];
        private int _holders;

        private Func<uint, float>? _idf;

        public Func<uint, float> Idf => _idf ??= index => VectorMath.Idf(_holders, _frequency.GetValueOrDefault(index));

        public void Add(SparseVector vector)
        {
            _holders++;
            foreach (var index in vector.Indices)
            {
                _frequency[index] = _frequency.GetValueOrDefault(index) + 1;
            }
        }
    }
}
