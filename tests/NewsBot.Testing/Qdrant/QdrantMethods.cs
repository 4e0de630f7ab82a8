using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;

namespace NewsBot.Testing.Qdrant;

/// <summary>
/// gRPC method definitions for the stand-in, built by hand: the service name and the method's message types come from
/// Qdrant.Client's generated descriptors, the marshallers from the messages' own parsers.
/// </summary>
internal static class QdrantMethods
{
    /// <summary>A unary method of <paramref name="service"/>, checked against the descriptor so a typo fails at start.</summary>
    public static Method<TRequest, TResponse> Unary<TRequest, TResponse>(ServiceDescriptor service, string name)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new()
    {
        var described = service.FindMethodByName(name)
            ?? throw new InvalidOperationException($"{service.FullName} has no method {name}.");
        if (described.InputType.ClrType != typeof(TRequest) || described.OutputType.ClrType != typeof(TResponse))
        {
            throw new InvalidOperationException(
                $"{service.FullName}/{name} takes {described.InputType.Name} and returns {described.OutputType.Name}, not {typeof(TRequest).Name} and {typeof(TResponse).Name}.");
        }

        return new Method<TRequest, TResponse>(MethodType.Unary, service.FullName, name, MarshallerOf<TRequest>(), MarshallerOf<TResponse>());
    }

    private static Marshaller<T> MarshallerOf<T>()
        where T : class, IMessage<T>, new()
    {
        var parser = new MessageParser<T>(() => new T());
        return Marshallers.Create(message => message.ToByteArray(), parser.ParseFrom);
    }
}
