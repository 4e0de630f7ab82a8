using Microsoft.Extensions.AI;
using NewsBot.Core.Text;

namespace NewsBot.Testing.Fakes;

/// <summary>A tiny deterministic embedder for tests: each keyword adds one to a hashed dimension; unit length.</summary>
public sealed class WordEmbedder(int dimensions = 64) : IEmbeddingGenerator<string, Embedding<float>>
{
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            var vector = new float[dimensions];
            foreach (var word in Terms.Keywords(value))
            {
                vector[(int)((uint)StableHash(word) % (uint)dimensions)] += 1;
            }

            var norm = MathF.Sqrt(vector.Sum(v => v * v));
            result.Add(new Embedding<float>(norm == 0 ? vector : [.. vector.Select(v => v / norm)]));
        }

        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
