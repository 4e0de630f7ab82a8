using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.AspNetCore.Server.Model;

namespace NewsBot.Testing.Qdrant;

/// <summary>Adds one hand-bound unary method to a service's method list.</summary>
internal static class MethodBinding
{
    public static void Unary<TService, TRequest, TResponse>(
        ServiceMethodProviderContext<TService> context,
        ServiceDescriptor service,
        string name,
        UnaryServerMethod<TService, TRequest, TResponse> invoker)
        where TService : class
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new() =>
        context.AddUnaryMethod(QdrantMethods.Unary<TRequest, TResponse>(service, name), [], invoker);
}
