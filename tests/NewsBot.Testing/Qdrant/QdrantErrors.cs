using Grpc.Core;

namespace NewsBot.Testing.Qdrant;

/// <summary>The status codes and messages Qdrant answers over gRPC for the failures the stand-in reproduces.</summary>
public static class QdrantErrors
{
    /// <summary>Qdrant's answer when no key was sent to a server that requires one.</summary>
    public const string MissingKeyMessage = "Must provide an API key or an Authorization bearer token";

    /// <summary>Qdrant's answer to a key it does not know.</summary>
    public const string InvalidKeyMessage = "Invalid API key or JWT";

    /// <summary>NotFound for a collection (or alias) that does not exist.</summary>
    public static RpcException CollectionNotFound(string name) =>
        new(new Status(StatusCode.NotFound, $"Not found: Collection `{name}` doesn't exist!"));

    /// <summary>NotFound for an alias that does not exist.</summary>
    public static RpcException AliasNotFound(string name) =>
        new(new Status(StatusCode.NotFound, $"Not found: Alias `{name}` doesn't exist!"));

    /// <summary>AlreadyExists for a collection or alias name that is taken.</summary>
    public static RpcException AlreadyExists(string what, string name) =>
        new(new Status(StatusCode.AlreadyExists, $"Wrong input: {what} `{name}` already exists!"));

    /// <summary>InvalidArgument with Qdrant's "Wrong input:" prefix.</summary>
    public static RpcException WrongInput(string description) =>
        new(new Status(StatusCode.InvalidArgument, $"Wrong input: {description}"));

    /// <summary>InvalidArgument for a vector of the wrong size.</summary>
    public static RpcException DimensionMismatch(ulong expected, int got) =>
        WrongInput($"Vector dimension error: expected dim: {expected}, got {got}");

    /// <summary>InvalidArgument for a vector name the collection does not have.</summary>
    public static RpcException UnknownVectorName(string name) =>
        WrongInput($"Not existing vector name error: {name}");

    /// <summary>InvalidArgument for a request that does not pass validation.</summary>
    public static RpcException Validation(string description) =>
        new(new Status(StatusCode.InvalidArgument, $"Validation error in body: [{description}]"));

    /// <summary>Unimplemented for a part of the API the stand-in does not serve.</summary>
    public static RpcException NotServed(string what) =>
        new(new Status(StatusCode.Unimplemented, $"The Qdrant stand-in does not serve {what}."));
}
