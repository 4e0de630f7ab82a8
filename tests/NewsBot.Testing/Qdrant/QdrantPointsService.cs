using Grpc.Core;
using Qdrant.Client.Grpc;

namespace NewsBot.Testing.Qdrant;

/// <summary>
/// <c>qdrant.Points</c>: upsert and delete (by ids or filter) with <c>wait</c>, payload indexes, get, scroll, count and
/// the Query API (single and batch). A write with <c>wait: true</c> is applied whole or not at all before the answer;
/// with <c>wait: false</c> it is acknowledged at once and applied afterwards, its errors dropped, as Qdrant does.
/// Handlers are public and virtual so a test can derive and replace one.
/// </summary>
public class QdrantPointsService(QdrantStandInState state)
{
    private const double Time = 0.0001;

    /// <summary>The state this service works on.</summary>
    protected QdrantStandInState State => state;

    public virtual Task<PointsOperationResponse> Upsert(UpsertPoints request, ServerCallContext context)
    {
        if (request.UpdateFilter is not null)
        {
            throw QdrantErrors.NotServed("conditional upserts (update_filter)");
        }

        return Task.FromResult(Write(request.CollectionName, request.Wait, (collection, version) =>
        {
            var built = request.Points.Select(point => PointBuilder.Build(collection, point, version)).ToList();
            return points =>
            {
                foreach (var point in built)
                {
                    points[point.Key] = point;
                }
            };
        }));
    }

    public virtual Task<PointsOperationResponse> Delete(DeletePoints request, ServerCallContext context) =>
        Task.FromResult(Write(request.CollectionName, request.Wait, (collection, _) =>
        {
            var keys = Selected(request.Points, collection.Points);
            return points =>
            {
                foreach (var key in keys)
                {
                    points.Remove(key);
                }
            };
        }));

    public virtual Task<PointsOperationResponse> SetPayload(SetPayloadPoints request, ServerCallContext context) =>
        Task.FromResult(Write(request.CollectionName, request.Wait, (collection, version) =>
        {
            var selector = request.PointsSelector ?? new PointsSelector { Filter = new Filter() };
            var changed = Selected(selector, collection.Points).Select(key =>
            {
                var point = collection.Points[key];
                var payload = point.Payload.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
                foreach (var (field, value) in request.Payload)
                {
                    payload[field] = value.Clone();
                }

                return point with { Payload = payload, Version = version };
            }).ToList();
            return points =>
            {
                foreach (var point in changed)
                {
                    points[point.Key] = point;
                }
            };
        }));

    public virtual Task<PointsOperationResponse> CreateFieldIndex(CreateFieldIndexCollection request, ServerCallContext context) =>
        Task.FromResult(Write(request.CollectionName, request.Wait, (collection, _) =>
        {
            var type = Enum.Parse<PayloadSchemaType>((request.HasFieldType ? request.FieldType : FieldType.Keyword).ToString());
            return _ => collection.PayloadSchema[request.FieldName] = type;
        }));

    public virtual Task<PointsOperationResponse> DeleteFieldIndex(DeleteFieldIndexCollection request, ServerCallContext context) =>
        Task.FromResult(Write(request.CollectionName, request.Wait, (collection, _) => _ => collection.PayloadSchema.Remove(request.FieldName)));

    public virtual Task<GetResponse> Get(GetPoints request, ServerCallContext context)
    {
        var response = new GetResponse { Time = Time };
        lock (state.Gate)
        {
            var collection = state.Resolve(request.CollectionName);
            foreach (var id in request.Ids.Select(PointIds.Key).Distinct())
            {
                if (collection.Points.TryGetValue(id, out var point))
                {
                    response.Result.Add(PointOutput.Retrieved(point, request.WithPayload, request.WithVectors, payloadByDefault: true));
                }
            }
        }

        return Task.FromResult(response);
    }

    public virtual Task<ScrollResponse> Scroll(ScrollPoints request, ServerCallContext context)
    {
        var limit = request.HasLimit ? (int)request.Limit : 10;
        var response = new ScrollResponse { Time = Time };
        lock (state.Gate)
        {
            var collection = state.Resolve(request.CollectionName);
            var from = request.Offset is null ? null : PointIds.Key(request.Offset);
            var page = collection.Points
                .Where(pair => from is null || string.CompareOrdinal(pair.Key, from) >= 0)
                .Select(pair => pair.Value)
                .Where(point => FilterMatcher.Matches(request.Filter, point))
                .Take(limit + 1)
                .ToList();
            response.Result.AddRange(page.Take(limit).Select(point => PointOutput.Retrieved(point, request.WithPayload, request.WithVectors, payloadByDefault: true)));
            if (page.Count > limit)
            {
                response.NextPageOffset = page[limit].Id.Clone();
            }
        }

        return Task.FromResult(response);
    }

    public virtual Task<CountResponse> Count(CountPoints request, ServerCallContext context)
    {
        lock (state.Gate)
        {
            var collection = state.Resolve(request.CollectionName);
            var count = collection.Points.Values.Count(point => FilterMatcher.Matches(request.Filter, point));
            return Task.FromResult(new CountResponse { Result = new CountResult { Count = (ulong)count }, Time = Time });
        }
    }

    public virtual Task<QueryResponse> Query(QueryPoints request, ServerCallContext context)
    {
        var response = new QueryResponse { Time = Time };
        response.Result.AddRange(RunQuery(request));
        return Task.FromResult(response);
    }

    /// <summary>The batch's queries run side by side over one state, as Qdrant spreads a batch over its search threads.</summary>
    public virtual Task<QueryBatchResponse> QueryBatch(QueryBatchPoints request, ServerCallContext context)
    {
        var response = new QueryBatchResponse { Time = Time };
        lock (state.Gate)
        {
            List<List<ScoredPoint>> results;
            try
            {
                results = request.QueryPoints
                    .AsParallel()
                    .AsOrdered()
                    .Select(query => Scored(query.CollectionName.Length == 0 ? WithCollection(query, request.CollectionName) : query))
                    .ToList();
            }
            catch (AggregateException failed)
            {
                // A failing query's error is the batch's answer, as Qdrant fails the whole batch.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed.Flatten().InnerExceptions[0]);
                throw;
            }

            foreach (var result in results)
            {
                var batch = new BatchResult();
                batch.Result.AddRange(result);
                response.Result.Add(batch);
            }
        }

        return Task.FromResult(response);
    }

    private static QueryPoints WithCollection(QueryPoints query, string collection)
    {
        var copy = query.Clone();
        copy.CollectionName = collection;
        return copy;
    }

    private static List<string> Selected(PointsSelector selector, SortedDictionary<string, StandInPoint> points) => selector.PointsSelectorOneOfCase switch
    {
        PointsSelector.PointsSelectorOneOfOneofCase.Points => [.. selector.Points.Ids.Select(PointIds.Key).Where(points.ContainsKey)],
        PointsSelector.PointsSelectorOneOfOneofCase.Filter => [.. points.Where(pair => FilterMatcher.Matches(selector.Filter, pair.Value)).Select(pair => pair.Key)],
        _ => throw QdrantErrors.Validation("points: a points selector is required"),
    };

    private List<ScoredPoint> RunQuery(QueryPoints request)
    {
        lock (state.Gate)
        {
            return Scored(request);
        }
    }

    /// <summary>Runs one query; the caller holds the state's lock, so no write changes the points meanwhile.</summary>
    private List<ScoredPoint> Scored(QueryPoints request)
    {
        var collection = state.Resolve(request.CollectionName);
        return [.. QueryEngine.Run(collection, QueryStep.From(request))
            .Select(candidate => PointOutput.Scored(candidate, request.WithPayload, request.WithVectors, payloadByDefault: false))];
    }

    /// <summary>
    /// Checks a write against the collection as it stands (<paramref name="prepare"/> throws for a bad one, before any
    /// point changes) and then applies what it returned, so a failing write leaves nothing behind; with
    /// <paramref name="wait"/> false the write runs after the answer.
    /// </summary>
    private PointsOperationResponse Write(string collectionName, bool wait, Func<StandInCollection, ulong, Action<SortedDictionary<string, StandInPoint>>> prepare)
    {
        ulong operation;
        lock (state.Gate)
        {
            state.Resolve(collectionName);
            operation = state.NextOperation();
        }

        void Apply()
        {
            lock (state.Gate)
            {
                var collection = state.Resolve(collectionName);
                var apply = prepare(collection, operation);
                apply(collection.Points);
                collection.Changed();
            }
        }

        if (wait)
        {
            Apply();
            return new PointsOperationResponse { Result = new UpdateResult { OperationId = operation, Status = UpdateStatus.Completed }, Time = Time };
        }

        _ = Task.Run(() =>
        {
            try
            {
                Apply();
            }
            catch (RpcException)
            {
                // Acknowledged without wait: Qdrant drops a failing operation silently, and so does the stand-in.
            }
        });
        return new PointsOperationResponse { Result = new UpdateResult { OperationId = operation, Status = UpdateStatus.Acknowledged }, Time = Time };
    }
}
