using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NewsBot.Testing.Http;

/// <summary>
/// A small real HTTP server on 127.0.0.1 and a free port, answering canned routes and counting requests.
/// Unknown paths answer 404. Use one per test and dispose it.
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly HttpListener listener;
    private readonly ConcurrentDictionary<string, Func<HttpListenerRequest, CannedResponse>> routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task serving;

    private LoopbackHttpServer(HttpListener listener, Uri baseUri)
    {
        this.listener = listener;
        BaseUri = baseUri;
        serving = Task.Run(ServeAsync);
    }

    /// <summary>The server's address, ending with a slash.</summary>
    public Uri BaseUri { get; }

    /// <summary>Requests received, over all paths.</summary>
    public int TotalRequests => counts.Values.Sum();

    /// <summary>Starts a server on a free loopback port.</summary>
    public static LoopbackHttpServer Start()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var baseUri = new Uri($"http://127.0.0.1:{port}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(baseUri.AbsoluteUri);
            try
            {
                listener.Start();
                return new LoopbackHttpServer(listener, baseUri);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    /// <summary>The absolute URL of <paramref name="path"/> on this server.</summary>
    public Uri Url(string path) => new(BaseUri, path.TrimStart('/'));

    /// <summary>Answers <paramref name="path"/> (e.g. "/feed.xml") with <paramref name="response"/>.</summary>
    public LoopbackHttpServer Map(string path, CannedResponse response) => Map(path, _ => response);

    /// <summary>Answers <paramref name="path"/> with whatever <paramref name="respond"/> returns for the request.</summary>
    public LoopbackHttpServer Map(string path, Func<HttpListenerRequest, CannedResponse> respond)
    {
        routes[Normalise(path)] = respond;
        return this;
    }

    /// <summary>How many requests <paramref name="path"/> received.</summary>
    public int RequestCount(string path) => counts.GetValueOrDefault(Normalise(path));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try
        {
            await serving;
        }
        catch (ObjectDisposedException)
        {
            // The listener was closed under a pending accept; that is how serving ends.
        }

        listener.Close();
        stopping.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static string Normalise(string path) => "/" + path.TrimStart('/');

    private async Task ServeAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var path = context.Request.Url?.AbsolutePath ?? "/";
        counts.AddOrUpdate(path, 1, (_, count) => count + 1);
        var response = routes.TryGetValue(path, out var respond) ? respond(context.Request) : CannedResponse.Plain(404);
        var body = response.BodyBytes ?? Encoding.UTF8.GetBytes(response.Body);
        try
        {
            context.Response.StatusCode = response.Status;
            context.Response.ContentType = response.ContentType;
            foreach (var (name, value) in response.Headers)
            {
                context.Response.Headers[name] = value;
            }

            if (response.Parts is { } parts)
            {
                context.Response.SendChunked = true;
                foreach (var part in parts)
                {
                    await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(part));
                    await context.Response.OutputStream.FlushAsync();
                }

                context.Response.Close();
                return;
            }

            context.Response.ContentLength64 = body.Length;
            if (response.StallMidBody is { } stall)
            {
                var half = body.Length / 2;
                await context.Response.OutputStream.WriteAsync(body.AsMemory(0, half));
                await context.Response.OutputStream.FlushAsync();
                await Task.Delay(stall, stopping.Token);
                body = body[half..];
            }

            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or IOException or OperationCanceledException)
        {
            // The client went away, or the server is stopping; nothing to answer.
        }
    }
}
