using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.Discord;

/// <summary>The REST side of the stand-in: auth, routing, scripted answers, rate-limit headers, recording.</summary>
internal sealed class RestApi(DiscordStandInOptions options, InteractionLedger ledger, SessionStarts sessionStarts, Func<string> gatewayUrl)
{
    private const int MaxContent = 2000;
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ScriptedAnswer>> scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonArray> commands = new(StringComparer.Ordinal);
    private readonly RateLimitBuckets buckets = new(options.TimeProvider);
    private readonly Lock recording = new();
    private readonly List<(Func<RecordedRequest, bool> Match, TaskCompletionSource<RecordedRequest> Seen)> waiters = [];

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    /// <summary>The first request (already received or still to come) that <paramref name="match"/> accepts.</summary>
    public Task<RecordedRequest> FirstAsync(Func<RecordedRequest, bool> match)
    {
        lock (recording)
        {
            if (requests.FirstOrDefault(match) is { } seen)
            {
                return Task.FromResult(seen);
            }

            var waiter = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((match, waiter));
            return waiter.Task;
        }
    }

    public JsonArray? Commands(string? guildId) => commands.TryGetValue(guildId ?? "", out var list) ? list : null;

    public void Script(string method, string route, ScriptedAnswer answer, int times)
    {
        var queue = scripts.GetOrAdd(method.ToUpperInvariant() + " " + route, _ => new ConcurrentQueue<ScriptedAnswer>());
        for (var i = 0; i < times; i++)
        {
            queue.Enqueue(answer);
        }
    }

    public async Task HandleAsync(HttpContext context, string path)
    {
        var time = options.TimeProvider.GetUtcNow();
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var json = TryParse(body);
        var method = context.Request.Method.ToUpperInvariant();
        var match = DiscordRoutes.Served
            .Select(r => (r.Method, r.Template, Ok: RouteTemplate.TryMatch(r.Template, path, out var values), Values: values))
            .Where(r => r.Ok)
            .OrderByDescending(r => RouteTemplate.Literals(r.Template))
            .FirstOrDefault(r => r.Method == method);
        var route = match.Ok ? match.Template : null;
        var otherMethod = route is null && DiscordRoutes.Served.Any(r => RouteTemplate.TryMatch(r.Template, path, out _));

        var (status, answer, headers) = otherMethod
            ? (405, DiscordErrorBody.Write("405: Method Not Allowed", 0), new Dictionary<string, string>())
            : Answer(context, method, route, match.Values, json);
        var major = match.Values?.Values.FirstOrDefault() ?? "";
        var allHeaders = route is null ? [] : buckets.Take(route, major);
        foreach (var (name, value) in headers)
        {
            allHeaders[name] = value;
        }

        var recorded = new RecordedRequest(
            method,
            path,
            context.Request.QueryString.Value ?? "",
            route,
            context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body,
            json,
            time,
            status);
        lock (recording)
        {
            requests.Enqueue(recorded);
            foreach (var waiter in waiters.Where(w => w.Match(recorded)).ToList())
            {
                waiters.Remove(waiter);
                waiter.Seen.TrySetResult(recorded);
            }
        }

        context.Response.StatusCode = status;
        foreach (var (name, value) in allHeaders)
        {
            context.Response.Headers[name] = value;
        }

        if (answer.Length > 0)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer);
        }
    }

    private (int Status, string Body, IReadOnlyDictionary<string, string> Headers) Answer(
        HttpContext context, string method, string? route, Dictionary<string, string>? values, JsonNode? json)
    {
        var none = new Dictionary<string, string>();
        if (route is null || values is null)
        {
            return (404, DiscordErrorBody.Write("404: Not Found", 0), none);
        }

        var authorization = context.Request.Headers.Authorization.ToString();
        var tokenRoute = route.StartsWith("/webhooks/", StringComparison.Ordinal) || route.StartsWith("/interactions/", StringComparison.Ordinal);
        if ((authorization.Length > 0 || !tokenRoute) && authorization != "Bot " + options.Token)
        {
            return (401, DiscordErrorBody.Write("401: Unauthorized", 0), none);
        }

        foreach (var key in new[] { method + " " + route, method + " " + DiscordRoutes.Any, DiscordRoutes.Any + " " + DiscordRoutes.Any })
        {
            if (scripts.TryGetValue(key, out var queue) && queue.TryDequeue(out var scripted))
            {
                return (scripted.Status, scripted.Body, scripted.Headers);
            }
        }

        var contentNode = route == DiscordRoutes.InteractionCallback ? json?["data"]?["content"] : (json as JsonObject)?["content"];
        if (contentNode is JsonValue content && content.TryGetValue<string>(out var text) && text.EnumerateRunes().Count() > MaxContent)
        {
            return (400, DiscordErrorBody.InvalidFormBody(route == DiscordRoutes.InteractionCallback ? "data.content" : "content", "BASE_TYPE_MAX_LENGTH", $"Must be {MaxContent} or fewer in length."), none);
        }

        var (status, body) = Route(route, values, json);
        return (status, body, none);
    }

    private (int Status, string Body) Route(string route, Dictionary<string, string> values, JsonNode? json)
    {
        switch (route)
        {
            case DiscordRoutes.GatewayBot:
                return (200, new JsonObject
                {
                    ["url"] = gatewayUrl(),
                    ["shards"] = 1,
                    ["session_start_limit"] = sessionStarts.Snapshot(),
                }.ToJsonString());
            case DiscordRoutes.CurrentUser:
                return (200, DiscordEventBuilder.BotUser(options).ToJsonString());
            case DiscordRoutes.GlobalCommands or DiscordRoutes.GuildCommands:
                return OverwriteCommands(values, json);
            case DiscordRoutes.InteractionCallback:
                return ledger.Callback(values["interaction_id"], values["interaction_token"], json) ?? (204, "");
            case DiscordRoutes.ChannelMessages:
                return (200, MessageJson(ledger.Post(values["channel_id"], null, "channel", Object(json))));
        }

        if (ledger.Webhook(values["webhook_id"], values["webhook_token"], out var interactionId) is { } refused)
        {
            return refused;
        }

        if (route == DiscordRoutes.Webhook)
        {
            return (200, MessageJson(ledger.Post(ledger.ChannelOf(interactionId!), interactionId, "follow-up", Object(json))));
        }

        var messageId = route == DiscordRoutes.OriginalMessage ? ledger.OriginalOf(interactionId!) : values["message_id"];
        var edited = messageId is null ? null : ledger.Edit(messageId, interactionId, Object(json));
        return edited is null ? (404, DiscordErrorBody.Write("Unknown Message", 10008)) : (200, MessageJson(edited));
    }

    private (int Status, string Body) OverwriteCommands(Dictionary<string, string> values, JsonNode? json)
    {
        if (values["application_id"] != options.ApplicationId)
        {
            return (403, DiscordErrorBody.Write("Missing Access", 50001));
        }

        if (json is not JsonArray list)
        {
            return (400, DiscordErrorBody.InvalidFormBody("_root", "ARRAY_TYPE_CONVERT", "Only iterables may be used in a ListType."));
        }

        values.TryGetValue("guild_id", out var guild);
        var saved = new JsonArray();
        foreach (var command in list.OfType<JsonObject>())
        {
            var stored = (JsonObject)command.DeepClone();
            stored["id"] = ledger.NewId();
            stored["application_id"] = options.ApplicationId;
            stored["version"] = ledger.NewId();
            stored["type"] ??= 1;
            stored["default_member_permissions"] ??= null;
            if (guild is not null)
            {
                stored["guild_id"] = guild;
            }

            saved.Add(stored);
        }

        commands[guild ?? ""] = saved;
        return (200, saved.ToJsonString());
    }

    private string MessageJson(PostedMessage message)
    {
        var json = (JsonObject)message.Body.DeepClone();
        json["id"] = message.Id;
        json["channel_id"] = message.ChannelId;
        json["type"] = 0;
        json["author"] = DiscordEventBuilder.BotUser(options);
        json["content"] ??= "";
        json["timestamp"] = options.TimeProvider.GetUtcNow().ToString("O");
        json["edited_timestamp"] = message.Edits > 0 ? options.TimeProvider.GetUtcNow().ToString("O") : null;
        return json.ToJsonString();
    }

    private static JsonObject Object(JsonNode? json) => json as JsonObject is { } value ? (JsonObject)value.DeepClone() : new JsonObject();

    private static JsonNode? TryParse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
