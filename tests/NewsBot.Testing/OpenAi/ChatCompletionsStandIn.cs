using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using NewsBot.Testing.Http;

namespace NewsBot.Testing.OpenAi;

/// <summary>
/// <c>POST /v1/chat/completions</c> of the OpenAI stand-in, scripted per test: each request takes the next scripted
/// step (a reply, an error status, or a stall that never finishes until the stand-in is disposed); with nothing
/// scripted it answers 500. A reply comes back as one <c>chat.completion</c> object, or, when the request sets
/// <c>stream</c>, as server-sent events: <c>data: {chunk}</c> lines with <c>chat.completion.chunk</c> deltas, a usage
/// chunk with empty <c>choices</c> when <c>stream_options.include_usage</c> is set, then <c>data: [DONE]</c>.
/// </summary>
public sealed class ChatCompletionsStandIn
{
    /// <summary>The <c>created</c> time the stand-in reports (a fixed moment: nothing here reads the clock).</summary>
    private const long Created = 1_790_000_000;

    private readonly ConcurrentQueue<Step> script = new();
    private readonly ConcurrentQueue<ReceivedChatRequest> received = new();
    private readonly SemaphoreSlim arrived = new(0);
    private int served;

    /// <summary>Requests received, in arrival order, including refused ones.</summary>
    public IReadOnlyList<ReceivedChatRequest> Requests => [.. received];

    /// <summary>The next request is answered with <paramref name="content"/> as the assistant's message.</summary>
    public void ReplyNext(string content) => script.Enqueue(new Step(200, content, Stall: false));

    /// <summary>The next <paramref name="count"/> requests are answered <paramref name="status"/> with an OpenAI error body.</summary>
    public void FailNext(int count, int status)
    {
        for (var i = 0; i < count; i++)
        {
            script.Enqueue(new Step(status, null, Stall: false));
        }
    }

    /// <summary>The next request gets its headers and the first half of <paramref name="content"/>'s reply, then nothing more.</summary>
    public void StallNext(string content = "The council approved the tram [1].") => script.Enqueue(new Step(200, content, Stall: true));

    /// <summary>Waits until at least <paramref name="count"/> requests have arrived.</summary>
    public async Task WaitForRequestsAsync(int count, CancellationToken cancellationToken)
    {
        while (received.Count < count)
        {
            await arrived.WaitAsync(cancellationToken);
        }
    }

    internal CannedResponse Answer(HttpListenerRequest request, string apiKey)
    {
        using var reader = new StreamReader(request.InputStream, request.ContentEncoding);
        var call = ChatCall.Parse(reader.ReadToEnd());
        var authorization = request.Headers["Authorization"];
        var response = Respond(request.HttpMethod, authorization, apiKey, call);
        received.Enqueue(new ReceivedChatRequest(authorization, call.Model, call.Messages, call.Stream, call.IncludeUsage, call.Temperature, call.MaxTokens, response.Status));
        arrived.Release();
        return response;
    }

    private CannedResponse Respond(string method, string? authorization, string apiKey, ChatCall call)
    {
        if (method != "POST")
        {
            return Error(405, $"Method {method} is not allowed for /v1/chat/completions; use POST.", "invalid_request_error");
        }

        if (authorization != "Bearer " + apiKey)
        {
            return Error(401, "Incorrect API key provided.", "invalid_request_error", "invalid_api_key");
        }

        if (call.Problem is { } problem)
        {
            return Error(400, problem, "invalid_request_error");
        }

        if (!script.TryDequeue(out var step))
        {
            return Error(500, "The stand-in has no reply scripted for this request.", "server_error");
        }

        if (step.Status != 200)
        {
            return step.Status == 429
                ? Error(429, "Rate limit reached for requests. Please try again shortly.", "requests", "rate_limit_exceeded")
                : Error(step.Status, "The server had an error while processing your request.", "server_error");
        }

        var id = $"chatcmpl-standin-{Interlocked.Increment(ref served)}";
        var promptTokens = call.Messages.Sum(m => Words(m.Content));
        var response = call.Stream ? Streamed(id, call, step.Content!, promptTokens) : Whole(id, call, step.Content!, promptTokens);
        if (step.Stall)
        {
            var body = response.Parts is { } parts ? string.Concat(parts) : response.Body;
            return new CannedResponse(200, response.ContentType, body) { StallMidBody = TimeSpan.FromMinutes(10) };
        }

        return response;
    }

    private static CannedResponse Whole(string id, ChatCall call, string content, int promptTokens) =>
        CannedResponse.Json(200, JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = id,
            ["object"] = "chat.completion",
            ["created"] = Created,
            ["model"] = call.Model,
            ["choices"] = new[]
            {
                new Dictionary<string, object?>
                {
                    ["index"] = 0,
                    ["message"] = new Dictionary<string, object?> { ["role"] = "assistant", ["content"] = content, ["refusal"] = null },
                    ["logprobs"] = null,
                    ["finish_reason"] = "stop",
                },
            },
            ["usage"] = Usage(promptTokens, Words(content)),
        }));

    private static CannedResponse Streamed(string id, ChatCall call, string content, int promptTokens)
    {
        var pieces = content.Split(' ').Select((word, i) => i == 0 ? word : " " + word).ToList();
        var events = new List<string> { Chunk(id, call, new Dictionary<string, object?> { ["role"] = "assistant", ["content"] = "" }, null) };
        events.AddRange(pieces.Select(p => Chunk(id, call, new Dictionary<string, object?> { ["content"] = p }, null)));
        events.Add(Chunk(id, call, new Dictionary<string, object?>(), "stop"));
        if (call.IncludeUsage)
        {
            events.Add(Event(new Dictionary<string, object?>
            {
                ["id"] = id,
                ["object"] = "chat.completion.chunk",
                ["created"] = Created,
                ["model"] = call.Model,
                ["choices"] = Array.Empty<object>(),
                ["usage"] = Usage(promptTokens, Words(content)),
            }));
        }

        events.Add("data: [DONE]\n\n");
        return CannedResponse.EventStream(events);
    }

    private static string Chunk(string id, ChatCall call, Dictionary<string, object?> delta, string? finish)
    {
        var chunk = new Dictionary<string, object?>
        {
            ["id"] = id,
            ["object"] = "chat.completion.chunk",
            ["created"] = Created,
            ["model"] = call.Model,
            ["choices"] = new[] { new Dictionary<string, object?> { ["index"] = 0, ["delta"] = delta, ["logprobs"] = null, ["finish_reason"] = finish } },
        };
        if (call.IncludeUsage)
        {
            chunk["usage"] = null;
        }

        return Event(chunk);
    }

    private static string Event(object payload) => "data: " + JsonSerializer.Serialize(payload) + "\n\n";

    private static Dictionary<string, int> Usage(int prompt, int completion) =>
        new() { ["prompt_tokens"] = prompt, ["completion_tokens"] = completion, ["total_tokens"] = prompt + completion };

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static CannedResponse Error(int status, string message, string type, string? code = null) =>
        CannedResponse.Json(status, OpenAiErrorBody.Write(message, type, code: code));

    private sealed record Step(int Status, string? Content, bool Stall);
}
