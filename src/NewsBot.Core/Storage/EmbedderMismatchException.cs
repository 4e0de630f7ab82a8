namespace NewsBot.Core.Storage;

/// <summary>Thrown when a store was built by another embedder than the one configured.</summary>
public sealed class EmbedderMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception with a message that tells the admin what to do.</summary>
    public EmbedderMismatchException(EmbedderSignature stored, EmbedderSignature configured)
        : base($"The index was built with the embedder {stored} but the configured embedder is {configured}; " +
               "re-index with 'newsbot index --rebuild' (or point NewsBot:Storage at a new store) before using it.")
    {
        Stored = stored;
        Configured = configured;
    }

    /// <summary>The embedder recorded in the store.</summary>
    public EmbedderSignature Stored { get; }

    /// <summary>The embedder in the configuration.</summary>
    public EmbedderSignature Configured { get; }
}
