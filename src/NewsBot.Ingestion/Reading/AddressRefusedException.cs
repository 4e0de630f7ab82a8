namespace NewsBot.Ingestion.Reading;

/// <summary>Raised while connecting when every address of a host is one the fetch policy refuses; the message says why.</summary>
internal sealed class AddressRefusedException : Exception
{
    public AddressRefusedException(string message)
        : base(message)
    {
    }

    public AddressRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AddressRefusedException()
    {
    }

    /// <summary>The refusal behind <paramref name="exception"/> (itself or one of its inner exceptions), or null.</summary>
    public static AddressRefusedException? Within(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is AddressRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }
}
