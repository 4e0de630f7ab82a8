namespace NewsBot.Ingestion.Reading;

/// <summary>Raised inside readers when an item cannot be read; its message is the user-facing sentence.</summary>
internal sealed class ReadException : Exception
{
    public ReadException(string message)
        : base(message)
    {
    }

    public ReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ReadException()
    {
    }
}
