namespace NewsBot.Core.Storage;

/// <summary>Which embedder built an index: its name (provider and model) and vector dimension.</summary>
public sealed record EmbedderSignature(string Name, int Dimensions)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Dimensions} dimensions)";
}
