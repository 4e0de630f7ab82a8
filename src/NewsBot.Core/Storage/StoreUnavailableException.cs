namespace NewsBot.Core.Storage;

/// <summary>Thrown when the configured store cannot be opened; the message names the setting to fix.</summary>
public sealed class StoreUnavailableException : InvalidOperationException
{
    /// <summary>Creates the exception with a message that says what is wrong and which setting to change.</summary>
    public StoreUnavailableException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
