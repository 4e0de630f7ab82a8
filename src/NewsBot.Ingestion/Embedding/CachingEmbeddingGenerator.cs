using Microsoft.Extensions.AI;

namespace NewsBot.Ingestion.Embedding;

/// <summary>Looks each text up in the <see cref="EmbeddingCache"/> first and embeds only the ones it lacks.</summary>
internal sealed class CachingEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, EmbeddingCache cache, string model)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var texts = values as IReadOnlyList<string> ?? values.ToList();
        var keys = texts.Select(EmbeddingCache.Key).ToList();
        var vectors = await cache.GetAsync(model, keys, cancellationToken);
        var missing = Enumerable.Range(0, texts.Count).Where(i => vectors[i] is null).ToList();
        if (missing.Count > 0)
        {
            var fresh = await base.GenerateAsync(missing.Select(i => texts[i]), options, cancellationToken);
            if (fresh.Count != missing.Count)
            {
                throw new InvalidOperationException($"the embedder returned {fresh.Count} vectors for {missing.Count} texts.");
            }

            var entries = new List<(byte[], ReadOnlyMemory<float>)>(missing.Count);
            for (var j = 0; j < missing.Count; j++)
            {
                vectors[missing[j]] = fresh[j].Vector.ToArray();
                entries.Add((keys[missing[j]], fresh[j].Vector));
            }

            await cache.PutAsync(model, entries, cancellationToken);
        }

        var result = new GeneratedEmbeddings<Embedding<float>>(texts.Count);
        result.AddRange(vectors.Select(v => new Embedding<float>(v!) { ModelId = model }));
        return result;
    }
}
