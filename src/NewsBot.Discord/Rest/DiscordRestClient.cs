using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Discord.Rest;

/// <summary>
/// The typed HTTP client behind <see cref="IDiscordRest"/>. Retries are its own, not the resilience pipeline's:
/// a 429 waits Discord's <c>retry_after</c> (for the route, or for every route when global), a 5xx or a dropped
/// connection is tried again after a short, capped backoff, and any other 4xx (a 404 on an expired interaction
/// included) is reported at once.
/// </summary>
internal sealed class DiscordRestClient(
    HttpClient http,
    DiscordRateLimits limits,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordRestClient> logger) : IDiscordRest
{
    /// <summary>How many times a request is sent at most, counting 429s and server errors alike.</summary>
    public const int MaxAttempts = 5;

    /// <summary>How many of those attempts may end in a 5xx or a dropped connection.</summary>
    public const int MaxServerFailures = 3;

    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(8);
    private static readonly string UserAgent = $"DiscordBot (https://github.com/newsbot, {Version()})";

    public async Task<JsonElement?> SendAsync(HttpMethod method, string route, object? body, CancellationToken cancellationToken)
    {
        var key = RouteKey.For(method, route);
        var content = body is null ? null : JsonSerializer.Serialize(body, DiscordJson.Options);
        var serverFailures = 0;
        for (var attempt = 1; ; attempt++)
        {
            await limits.WaitToSendAsync(key, cancellationToken);
            using var request = NewRequest(method, route, content);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            }
            catch (Exception exception) when (exception is HttpRequestException or TimeoutException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException
                                              && !cancellationToken.IsCancellationRequested)
            {
                if (++serverFailures >= MaxServerFailures || attempt >= MaxAttempts)
                {
                    throw new DiscordApiException($"Discord could not be reached for {key.Template}: {exception.Message}", null, null, exception);
                }

                Log.RestRetrying(logger, key.Template, 0, Backoff(serverFailures));
                await Task.Delay(Backoff(serverFailures), time, cancellationToken);
                continue;
            }

            using (response)
            {
                limits.Observe(key, response);
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return Parse(text);
                }

                var status = (int)response.StatusCode;
                if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < MaxAttempts)
                {
                    var (retryAfter, global) = RetryAfter(response, text);
                    limits.Pause(key, retryAfter, global);
                    Log.RateLimited(logger, key.Template, retryAfter, global);
                    continue; // The next WaitToSendAsync waits out the pause.
                }

                if (status >= 500 && ++serverFailures < MaxServerFailures && attempt < MaxAttempts)
                {
                    Log.RestRetrying(logger, key.Template, status, Backoff(serverFailures));
                    await Task.Delay(Backoff(serverFailures), time, cancellationToken);
                    continue;
                }

                throw Failure(key, response.StatusCode, text);
            }
        }
    }

    private static TimeSpan Backoff(int failures)
    {
        var delay = FirstBackoff * Math.Pow(2, failures - 1);
        return delay < MaxBackoff ? delay : MaxBackoff;
    }

    private static (TimeSpan RetryAfter, bool Global) RetryAfter(HttpResponseMessage response, string text)
    {
        TimeSpan? retryAfter = null;
        var global = string.Equals(DiscordRateLimits.Header(response, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase)
                     || string.Equals(DiscordRateLimits.Header(response, "X-RateLimit-Scope"), "global", StringComparison.OrdinalIgnoreCase);
        if (Parse(text) is { ValueKind: JsonValueKind.Object } json)
        {
            if (json.TryGetProperty("retry_after", out var seconds) && seconds.TryGetDouble(out var value) && value >= 0)
            {
                retryAfter = TimeSpan.FromSeconds(value);
            }

            global |= json.TryGetProperty("global", out var flag) && flag.ValueKind == JsonValueKind.True;
        }

        retryAfter ??= DiscordRateLimits.Seconds(DiscordRateLimits.Header(response, "Retry-After"))
                       ?? DiscordRateLimits.Seconds(DiscordRateLimits.Header(response, "X-RateLimit-Reset-After"))
                       ?? FirstBackoff;
        return (retryAfter.Value, global);
    }

    private static JsonElement? Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static DiscordApiException Failure(RouteKey key, HttpStatusCode status, string text)
    {
        int? code = null;
        var message = string.Empty;
        if (Parse(text) is { ValueKind: JsonValueKind.Object } json)
        {
            if (json.TryGetProperty("code", out var number) && number.TryGetInt32(out var value))
            {
                code = value;
            }

            if (json.TryGetProperty("message", out var said) && said.ValueKind == JsonValueKind.String)
            {
                message = ": " + said.GetString();
            }
        }

        var codeText = code is null ? string.Empty : $" (code {code})";
        return new DiscordApiException($"Discord answered {(int)status} to {key.Template}{message}{codeText}", status, code);
    }

    private static string Version() =>
        typeof(DiscordRestClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "1.0";

    private HttpRequestMessage NewRequest(HttpMethod method, string route, string? content)
    {
        var root = options.Value.ApiBaseUrl.AbsoluteUri.TrimEnd('/') + "/";
        var request = new HttpRequestMessage(method, new Uri(new Uri(root), route.TrimStart('/')));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Value.Token);
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        if (content is not null)
        {
            request.Content = new StringContent(content, Encoding.UTF8, "application/json");
        }

        return request;
    }
}
