using Google.Protobuf;

namespace NewsBot.Testing.Qdrant;

/// <summary>
/// One call the stand-in received: the method ("qdrant.Points/Query"), the request message, and how its key compared
/// (the key itself is not kept).
/// </summary>
public sealed record ReceivedCall(string Method, IMessage Request, KeyCheck Key)
{
    /// <summary>The request as <typeparamref name="T"/>, or null when the call carried another message.</summary>
    public T? As<T>()
        where T : class, IMessage => Request as T;
}
