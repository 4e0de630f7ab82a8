using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace NewsBot.Discord.Tests.Rest;

/// <summary>An HTTP handler that answers each request with what the test's function says, recording when (on the fake clock) it came.</summary>
internal sealed class ScriptedHandler(FakeTimeProvider time, Func<HttpRequestMessage, int, HttpResponseMessage> respond) : HttpMessageHandler
{
    private int count;

    public ConcurrentQueue<(string Path, DateTimeOffset At)> Requests { get; } = new();

    public int Count => Volatile.Read(ref count);

    public static HttpResponseMessage Json(HttpStatusCode status, string body, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Enqueue((request.RequestUri!.AbsolutePath, time.GetUtcNow()));
        var number = Interlocked.Increment(ref count);
        return Task.FromResult(respond(request, number));
    }
}
