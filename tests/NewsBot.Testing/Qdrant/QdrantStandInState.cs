using Qdrant.Client.Grpc;

namespace NewsBot.Testing.Qdrant;

/// <summary>
/// Everything the stand-in holds: collections, aliases and the operation counter, behind one lock so every request
/// sees a consistent state and an alias switch is atomic.
/// </summary>
public sealed class QdrantStandInState
{
    private readonly Dictionary<string, StandInCollection> collections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> aliases = new(StringComparer.Ordinal);
    private readonly TimeProvider time;
    private ulong operations;

    internal QdrantStandInState(TimeProvider time) => this.time = time;

    internal Lock Gate { get; } = new();

    /// <summary>The names of the collections, sorted.</summary>
    public IReadOnlyList<string> CollectionNames
    {
        get
        {
            lock (Gate)
            {
                return [.. collections.Keys.Order(StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>Alias → collection, as it stands.</summary>
    public IReadOnlyDictionary<string, string> Aliases
    {
        get
        {
            lock (Gate)
            {
                return new Dictionary<string, string>(aliases, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>How many points the collection (or the collection behind the alias) holds.</summary>
    public int PointCount(string collectionOrAlias)
    {
        lock (Gate)
        {
            return Resolve(collectionOrAlias).Points.Count;
        }
    }

    internal ulong NextOperation() => ++operations;

    /// <summary>The collection called <paramref name="name"/>, directly or through an alias; NotFound otherwise. Call under the lock.</summary>
    internal StandInCollection Resolve(string name)
    {
        if (collections.TryGetValue(name, out var collection))
        {
            return collection;
        }

        return aliases.TryGetValue(name, out var target) && collections.TryGetValue(target, out collection)
            ? collection
            : throw QdrantErrors.CollectionNotFound(name);
    }

    internal bool Exists(string name) => collections.ContainsKey(name) || aliases.ContainsKey(name);

    internal void Add(CreateCollection request)
    {
        if (Exists(request.CollectionName))
        {
            throw QdrantErrors.AlreadyExists("Collection", request.CollectionName);
        }

        collections[request.CollectionName] = new StandInCollection(request, time.GetUtcNow());
    }

    internal bool Remove(string name)
    {
        if (!collections.Remove(name))
        {
            return false;
        }

        foreach (var alias in aliases.Where(pair => pair.Value == name).Select(pair => pair.Key).ToList())
        {
            aliases.Remove(alias);
        }

        return true;
    }

    internal IEnumerable<string> Names => collections.Keys;

    internal IEnumerable<KeyValuePair<string, string>> AliasPairs => aliases;

    /// <summary>Applies every action or none: the first failing action leaves the aliases as they were.</summary>
    internal void ChangeAliases(IEnumerable<AliasOperations> actions)
    {
        var next = new Dictionary<string, string>(aliases, StringComparer.Ordinal);
        foreach (var action in actions)
        {
            switch (action.ActionCase)
            {
                case AliasOperations.ActionOneofCase.CreateAlias:
                    var create = action.CreateAlias;
                    if (!collections.ContainsKey(create.CollectionName))
                    {
                        throw QdrantErrors.CollectionNotFound(create.CollectionName);
                    }

                    if (collections.ContainsKey(create.AliasName))
                    {
                        throw QdrantErrors.AlreadyExists("Collection", create.AliasName);
                    }

                    if (next.ContainsKey(create.AliasName))
                    {
                        throw QdrantErrors.AlreadyExists("Alias", create.AliasName);
                    }

                    next[create.AliasName] = create.CollectionName;
                    break;
                case AliasOperations.ActionOneofCase.DeleteAlias:
                    if (!next.Remove(action.DeleteAlias.AliasName))
                    {
                        throw QdrantErrors.AliasNotFound(action.DeleteAlias.AliasName);
                    }

                    break;
                case AliasOperations.ActionOneofCase.RenameAlias:
                    var rename = action.RenameAlias;
                    if (!next.Remove(rename.OldAliasName, out var target))
                    {
                        throw QdrantErrors.AliasNotFound(rename.OldAliasName);
                    }

                    if (next.ContainsKey(rename.NewAliasName) || collections.ContainsKey(rename.NewAliasName))
                    {
                        throw QdrantErrors.AlreadyExists("Alias", rename.NewAliasName);
                    }

                    next[rename.NewAliasName] = target;
                    break;
                default:
                    throw QdrantErrors.Validation("actions: an alias operation is empty");
            }
        }

        aliases.Clear();
        foreach (var (alias, target) in next)
        {
            aliases[alias] = target;
        }
    }
}
