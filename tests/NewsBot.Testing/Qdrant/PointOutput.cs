using Google.Protobuf.Collections;
using Qdrant.Client.Grpc;

namespace NewsBot.Testing.Qdrant;

/// <summary>Fills answered points with the payload fields and vectors the request asked for.</summary>
internal static class PointOutput
{
    public static ScoredPoint Scored(ScoredCandidate candidate, WithPayloadSelector? payload, WithVectorsSelector? vectors, bool payloadByDefault)
    {
        var point = new ScoredPoint { Id = candidate.Point.Id.Clone(), Score = candidate.Score, Version = candidate.Point.Version };
        CopyPayload(candidate.Point, payload, payloadByDefault, point.Payload);
        point.Vectors = Vectors(candidate.Point, vectors);
        return point;
    }

    public static RetrievedPoint Retrieved(StandInPoint stored, WithPayloadSelector? payload, WithVectorsSelector? vectors, bool payloadByDefault)
    {
        var point = new RetrievedPoint { Id = stored.Id.Clone() };
        CopyPayload(stored, payload, payloadByDefault, point.Payload);
        point.Vectors = Vectors(stored, vectors);
        return point;
    }

    private static void CopyPayload(StandInPoint stored, WithPayloadSelector? selector, bool byDefault, MapField<string, Value> into)
    {
        Func<string, bool> wanted = selector?.SelectorOptionsCase switch
        {
            WithPayloadSelector.SelectorOptionsOneofCase.Enable => _ => selector.Enable,
            WithPayloadSelector.SelectorOptionsOneofCase.Include => key => selector.Include.Fields.Contains(key),
            WithPayloadSelector.SelectorOptionsOneofCase.Exclude => key => !selector.Exclude.Fields.Contains(key),
            _ => _ => byDefault,
        };
        foreach (var (key, value) in stored.Payload)
        {
            if (wanted(key))
            {
                into[key] = value.Clone();
            }
        }
    }

    private static VectorsOutput? Vectors(StandInPoint stored, WithVectorsSelector? selector)
    {
        Func<string, bool> wanted = selector?.SelectorOptionsCase switch
        {
            WithVectorsSelector.SelectorOptionsOneofCase.Enable => _ => selector.Enable,
            WithVectorsSelector.SelectorOptionsOneofCase.Include => name => selector.Include.Names.Contains(name),
            _ => _ => false,
        };
        if (stored.Dense.Count == 1 && stored.Dense.ContainsKey("") && stored.Sparse.Count == 0)
        {
            return wanted("") ? new VectorsOutput { Vector = new VectorOutput { Dense = new DenseVector { Data = { stored.Dense[""] } } } } : null;
        }

        var named = new NamedVectorsOutput();
        foreach (var (name, data) in stored.Dense.Where(pair => wanted(pair.Key)))
        {
            named.Vectors[name] = new VectorOutput { Dense = new DenseVector { Data = { data } } };
        }

        foreach (var (name, sparse) in stored.Sparse.Where(pair => wanted(pair.Key)))
        {
            named.Vectors[name] = new VectorOutput { Sparse = sparse.Clone() };
        }

        return named.Vectors.Count == 0 ? null : new VectorsOutput { Vectors = named };
    }
}
