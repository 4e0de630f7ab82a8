using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace NewsBot.Testing.Qdrant;

/// <summary>
/// Runs before every handler: records the call, plays any scripted fault (a delay that honours the caller's deadline,
/// then a status), and checks the API key as Qdrant does (Unauthenticated with Qdrant's messages).
/// </summary>
internal sealed class QdrantCallGate(QdrantStandInScript script) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var method = context.Method.TrimStart('/');
        var key = script.Check(context.RequestHeaders);
        var message = (IMessage)request;
        script.Record(method, message.Descriptor.Parser.ParseFrom(message.ToByteArray()), key);
        if (script.TakeFault(method) is { } fault)
        {
            if (fault.Delay > TimeSpan.Zero)
            {
                await Task.Delay(fault.Delay, context.CancellationToken);
            }

            if (fault.Status is { } status)
            {
                throw new RpcException(status);
            }
        }

        return key switch
        {
            KeyCheck.Missing => throw new RpcException(new Status(StatusCode.Unauthenticated, QdrantErrors.MissingKeyMessage)),
            KeyCheck.Wrong => throw new RpcException(new Status(StatusCode.Unauthenticated, QdrantErrors.InvalidKeyMessage)),
            _ => await continuation(request, context),
        };
    }
}
