using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Google.Protobuf;
using Grpc.Core;

namespace NewsBot.Testing.Qdrant;

/// <summary>The per-test script and record: the key in force, the faults to inject, and every call received.</summary>
public sealed class QdrantStandInScript
{
    private readonly ConcurrentQueue<ReceivedCall> calls = new();
    private readonly List<ScriptedFault> faults = [];
    private readonly Lock gate = new();

    internal QdrantStandInScript(string? apiKey) => ApiKey = apiKey;

    /// <summary>The key calls must carry; change it to play a key rotated on the server. Null serves without a key.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Every call received, in arrival order, refused ones included.</summary>
    public IReadOnlyList<ReceivedCall> Calls => [.. calls];

    /// <summary>Queues a fault for the next call of <paramref name="method"/> (null: any call), <paramref name="times"/> over.</summary>
    public void Add(ScriptedFault fault, int times = 1)
    {
        lock (gate)
        {
            for (var i = 0; i < times; i++)
            {
                faults.Add(fault);
            }
        }
    }

    internal ScriptedFault? TakeFault(string method)
    {
        lock (gate)
        {
            var index = faults.FindIndex(fault => fault.AppliesTo(method));
            if (index < 0)
            {
                return null;
            }

            var fault = faults[index];
            faults.RemoveAt(index);
            return fault;
        }
    }

    internal KeyCheck Check(Metadata headers)
    {
        if (ApiKey is null)
        {
            return KeyCheck.NotRequired;
        }

        var sent = headers.GetValue("api-key");
        var authorization = headers.GetValue("authorization");
        if (sent is null && authorization?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true)
        {
            sent = authorization["Bearer ".Length..];
        }

        if (sent is null)
        {
            return KeyCheck.Missing;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(ApiKey)) ? KeyCheck.Matched : KeyCheck.Wrong;
    }

    internal void Record(string method, IMessage request, KeyCheck key) => calls.Enqueue(new ReceivedCall(method, request, key));
}
