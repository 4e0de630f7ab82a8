namespace NewsBot.Ingestion.Reading;

/// <summary>Loads a file from disk as a <see cref="SourceDocument"/>, decoded by <see cref="TextDecoder"/>.</summary>
internal static class FileDocuments
{
    /// <summary>The largest file read, in bytes.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>Reads the file, or throws <see cref="ReadException"/> naming it when it cannot be read or is not text.</summary>
    public static async Task<SourceDocument> LoadAsync(string path, string sourceKey, string idKey, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new ReadException($"{path} does not exist.");
            }

            if (info.Length > MaxBytes)
            {
                throw new ReadException($"{path} is larger than the {MaxBytes / (1024 * 1024)} MB limit for an article file.");
            }

            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            var text = TextDecoder.Decode(bytes, declaredCharset: null, path);
            return new SourceDocument(path, sourceKey, idKey, text, Path.GetExtension(path).ToLowerInvariant(), null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ReadException($"{path} could not be read: {exception.Message}", exception);
        }
    }
}
