using System.Collections.Concurrent;
using System.Net;
using System.Buffers.Binary;
using System.Text.Json;
using NewsBot.Testing.Http;

namespace NewsBot.Testing.OpenAi;

/// <summary>
/// An OpenAI-compatible server on a real loopback socket, for chat completions (see <see cref="Chat"/>) and embeddings: <c>POST /v1/embeddings</c> with
/// <c>model</c>, <c>input</c> (a string or an array of strings), optional <c>encoding_format</c> (<c>float</c> or
/// <c>base64</c>) and <c>dimensions</c>, answered in OpenAI's documented shape with vectors from
/// <see cref="StandInVectors"/>. It checks the bearer key, answers errors in OpenAI's error shape, can be told to
/// fail the next requests, and records every request. Token arrays as input are not supported (answered 400).
/// </summary>
public sealed class OpenAiStandIn : IAsyncDisposable
{
    private readonly LoopbackHttpServer server;
    private readonly string apiKey;
    private readonly ConcurrentQueue<ReceivedEmbeddingRequest> received = new();
    private readonly ConcurrentQueue<CannedResponse> failures = new();
    private readonly ConcurrentQueue<int> echoingFailures = new();

    private OpenAiStandIn(string apiKey, int modelDimensions)
    {
        this.apiKey = apiKey;
        ModelDimensions = modelDimensions;
        server = LoopbackHttpServer.Start();
        server.Map("/v1/embeddings", Answer);
        server.Map("/v1/chat/completions", request => Chat.Answer(request, apiKey));
    }

    /// <summary><c>POST /v1/chat/completions</c>: scripted replies (whole or streamed), failures and stalls, and the requests received.</summary>
    public ChatCompletionsStandIn Chat { get; } = new();

    /// <summary>The API base address to configure, e.g. <c>http://127.0.0.1:1234/v1</c> (no trailing slash).</summary>
    public Uri Endpoint => server.Url("/v1");

    /// <summary>The size of the model's full vectors, answered when no <c>dimensions</c> is asked for.</summary>
    public int ModelDimensions { get; }

    /// <summary>When true, <c>dimensions</c> is ignored and full vectors come back, as some local servers do.</summary>
    public bool IgnoresDimensions { get; set; }

    /// <summary>Requests received on <c>/v1/embeddings</c>, in arrival order, including refused ones.</summary>
    public IReadOnlyList<ReceivedEmbeddingRequest> Requests => [.. received];

    /// <summary>Starts a stand-in that accepts only <paramref name="apiKey"/>, for a model of <paramref name="modelDimensions"/> numbers.</summary>
    public static OpenAiStandIn Start(string apiKey, int modelDimensions = 1536) => new(apiKey, modelDimensions);

    /// <summary>
    /// Answers the next <paramref name="count"/> authorised requests with <paramref name="status"/> (429 or 5xx) and an
    /// OpenAI error body, with a <c>Retry-After</c> header when <paramref name="retryAfter"/> is given.
    /// </summary>
    public void FailNext(int count, int status, TimeSpan? retryAfter = null)
    {
        var (type, code, message) = status == 429
            ? ("requests", "rate_limit_exceeded", "Rate limit reached for requests. Please try again shortly.")
            : ("server_error", (string?)null, "The server had an error while processing your request.");
        var response = CannedResponse.Json(status, OpenAiErrorBody.Write(message, type, code: code));
        if (retryAfter is { } delay)
        {
            response = response with { Headers = new Dictionary<string, string> { ["Retry-After"] = ((int)delay.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture) } };
        }

        for (var i = 0; i < count; i++)
        {
            failures.Enqueue(response);
        }
    }

    /// <summary>
    /// Answers the next <paramref name="count"/> authorised requests with <paramref name="status"/> and an error message
    /// that echoes the request's <c>Authorization</c> header, API key and all, as some careless servers and proxies do.
    /// </summary>
    public void FailNextEchoingAuthorization(int count, int status = 400)
    {
        for (var i = 0; i < count; i++)
        {
            echoingFailures.Enqueue(status);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => server.DisposeAsync();

    private CannedResponse Answer(HttpListenerRequest request)
    {
        using var reader = new StreamReader(request.InputStream, request.ContentEncoding);
        var body = reader.ReadToEnd();
        var authorization = request.Headers["Authorization"];
        var parsed = EmbeddingsCall.Parse(body);
        var response = Respond(request.HttpMethod, authorization, parsed);
        received.Enqueue(new ReceivedEmbeddingRequest(
            request.HttpMethod,
            request.Url?.AbsolutePath ?? "",
            authorization,
            parsed.Model,
            parsed.Inputs,
            parsed.EncodingFormat,
            parsed.Dimensions,
            response.Status));
        return response;
    }

    private CannedResponse Respond(string method, string? authorization, EmbeddingsCall call)
    {
        if (method != "POST")
        {
            return Error(405, $"Method {method} is not allowed for /v1/embeddings; use POST.", "invalid_request_error");
        }

        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return Error(401, "No API key was sent. Send it in the Authorization header as 'Bearer YOUR_KEY'.", "invalid_request_error");
        }

        var sentKey = authorization["Bearer ".Length..];
        if (sentKey != apiKey)
        {
            return Error(401, $"Incorrect API key provided: {OpenAiErrorBody.Mask(sentKey)}.", "invalid_request_error", code: "invalid_api_key");
        }

        if (echoingFailures.TryDequeue(out var echoStatus))
        {
            return Error(echoStatus, $"Could not parse the request. Headers received: Authorization: {authorization}; Content-Type: application/json.", "invalid_request_error");
        }

        if (failures.TryDequeue(out var failure))
        {
            return failure;
        }

        if (call.Problem is { } problem)
        {
            return Error(400, problem.Message, "invalid_request_error", problem.Param);
        }

        var dimensions = call.Dimensions ?? ModelDimensions;
        if (dimensions < 1 || dimensions > ModelDimensions)
        {
            return Error(400, $"This model does not support {dimensions} dimensions; ask for 1 to {ModelDimensions}.", "invalid_request_error", "dimensions");
        }

        if (IgnoresDimensions)
        {
            dimensions = ModelDimensions;
        }

        return CannedResponse.Json(200, Success(call, dimensions));
    }

    private string Success(EmbeddingsCall call, int dimensions)
    {
        var base64 = call.EncodingFormat == "base64";
        var data = call.Inputs.Select((text, index) =>
        {
            var vector = StandInVectors.Shortened(text, ModelDimensions, dimensions);
            object embedding = base64 ? LittleEndianBase64(vector) : vector;
            return new Dictionary<string, object> { ["object"] = "embedding", ["index"] = index, ["embedding"] = embedding };
        }).ToList();
        var tokens = call.Inputs.Sum(CountTokens);
        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = call.Model,
            ["usage"] = new Dictionary<string, int> { ["prompt_tokens"] = tokens, ["total_tokens"] = tokens },
        });
    }

    private static string LittleEndianBase64(float[] vector)
    {
        var bytes = new byte[vector.Length * sizeof(float)];
        for (var i = 0; i < vector.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), vector[i]);
        }

        return Convert.ToBase64String(bytes);
    }

    private static int CountTokens(string text) =>
        Math.Max(1, text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);

    private static CannedResponse Error(int status, string message, string type, string? param = null, string? code = null) =>
        CannedResponse.Json(status, OpenAiErrorBody.Write(message, type, param, code));
}
