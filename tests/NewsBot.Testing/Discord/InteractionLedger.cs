using System.Text.Json.Nodes;

namespace NewsBot.Testing.Discord;

/// <summary>
/// What Discord knows about interactions and messages: when each interaction was dispatched, whether its first
/// callback came in time (else it failed with "The application did not respond"), and the messages users now see.
/// </summary>
internal sealed class InteractionLedger(DiscordStandInOptions options) : IDisposable
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Entry> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> byToken = new(StringComparer.Ordinal);
    private readonly List<FailedInteraction> failed = [];
    private readonly List<PostedMessage> messages = [];
    private long nextId = 1_300_000_000_000_000_000;

    public IReadOnlyList<FailedInteraction> Failed { get { lock (gate) { return [.. failed]; } } }

    public IReadOnlyList<PostedMessage> Messages { get { lock (gate) { return [.. messages]; } } }

    public string NewId() => Interlocked.Increment(ref nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Starts the 3 s clock of an interaction being dispatched.</summary>
    public void Dispatched(JsonNode interaction)
    {
        var id = interaction["id"]?.GetValue<string>();
        var token = interaction["token"]?.GetValue<string>();
        if (id is null || token is null)
        {
            return;
        }

        var channel = interaction["channel_id"]?.GetValue<string>() ?? interaction["channel"]?["id"]?.GetValue<string>() ?? "0";
        var entry = new Entry(id, token, channel, options.TimeProvider.GetUtcNow());
        entry.Timer = options.TimeProvider.CreateTimer(_ => Expire(entry), null, options.FirstResponseDeadline, Timeout.InfiniteTimeSpan);
        lock (gate)
        {
            byId[id] = entry;
            byToken[token] = entry;
        }
    }

    /// <summary>The first (and only) callback; returns the error status and body, or null when accepted.</summary>
    public (int Status, string Body)? Callback(string id, string token, JsonNode? body)
    {
        lock (gate)
        {
            if (!byId.TryGetValue(id, out var entry) || entry.Token != token || entry.Failed)
            {
                return (404, DiscordErrorBody.Write("Unknown interaction", 10062));
            }

            if (!entry.Acknowledged && options.TimeProvider.GetUtcNow() - entry.DispatchedAt > options.FirstResponseDeadline)
            {
                entry.Failed = true;
                entry.Timer?.Dispose();
                failed.Add(new FailedInteraction(entry.Id, FailedInteraction.DidNotRespond, options.TimeProvider.GetUtcNow()));
                return (404, DiscordErrorBody.Write("Unknown interaction", 10062));
            }

            if (entry.Acknowledged)
            {
                return (400, DiscordErrorBody.Write("Interaction has already been acknowledged.", 40060));
            }

            entry.Acknowledged = true;
            entry.Timer?.Dispose();
            var type = body?["type"]?.GetValue<int>();
            if (type is 4 or 5)
            {
                entry.OriginalId = NewId();
                var data = body?["data"] as JsonObject ?? new JsonObject();
                messages.Add(new PostedMessage(entry.OriginalId, entry.ChannelId, id, type == 4 ? "callback" : "deferred", (JsonObject)data.DeepClone(), 0));
            }

            return null;
        }
    }

    /// <summary>Checks a webhook token; returns the error, or null with the interaction when it is usable.</summary>
    public (int Status, string Body)? Webhook(string applicationId, string token, out string? interactionId)
    {
        interactionId = null;
        lock (gate)
        {
            if (applicationId != options.ApplicationId || !byToken.TryGetValue(token, out var entry))
            {
                return (404, DiscordErrorBody.Write("Unknown Webhook", 10015));
            }

            if (options.TimeProvider.GetUtcNow() - entry.DispatchedAt > options.InteractionTokenLifetime)
            {
                return (401, DiscordErrorBody.Write("Invalid Webhook Token", 50027));
            }

            if (!entry.Acknowledged)
            {
                return (404, DiscordErrorBody.Write("Unknown Webhook", 10015));
            }

            interactionId = entry.Id;
            return null;
        }
    }

    /// <summary>The id of the interaction's original response, or null when it has none.</summary>
    public string? OriginalOf(string interactionId)
    {
        lock (gate)
        {
            return byId.TryGetValue(interactionId, out var entry) ? entry.OriginalId : null;
        }
    }

    /// <summary>Adds a new message and returns it.</summary>
    public PostedMessage Post(string channelId, string? interactionId, string kind, JsonObject body)
    {
        var message = new PostedMessage(NewId(), channelId, interactionId, kind, body, 0);
        lock (gate)
        {
            messages.Add(message);
        }

        return message;
    }

    /// <summary>The channel an interaction came from.</summary>
    public string ChannelOf(string interactionId)
    {
        lock (gate)
        {
            return byId.TryGetValue(interactionId, out var entry) ? entry.ChannelId : "0";
        }
    }

    /// <summary>Edits a message (merging the new fields over the old); null when it does not exist.</summary>
    public PostedMessage? Edit(string messageId, string? interactionId, JsonObject changes)
    {
        lock (gate)
        {
            var index = messages.FindIndex(m => m.Id == messageId && (interactionId is null || m.InteractionId == interactionId));
            if (index < 0)
            {
                return null;
            }

            var body = (JsonObject)messages[index].Body.DeepClone();
            foreach (var (name, value) in changes)
            {
                body[name] = value?.DeepClone();
            }

            messages[index] = messages[index] with { Body = body, Edits = messages[index].Edits + 1 };
            return messages[index];
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            foreach (var entry in byId.Values)
            {
                entry.Timer?.Dispose();
            }
        }
    }

    private void Expire(Entry entry)
    {
        lock (gate)
        {
            if (!entry.Acknowledged && !entry.Failed)
            {
                entry.Failed = true;
                failed.Add(new FailedInteraction(entry.Id, FailedInteraction.DidNotRespond, options.TimeProvider.GetUtcNow()));
            }
        }
    }

    private sealed class Entry(string id, string token, string channelId, DateTimeOffset dispatchedAt)
    {
        public string Id { get; } = id;

        public string Token { get; } = token;

        public string ChannelId { get; } = channelId;

        public DateTimeOffset DispatchedAt { get; } = dispatchedAt;

        public ITimer? Timer { get; set; }

        public bool Acknowledged { get; set; }

        public bool Failed { get; set; }

        public string? OriginalId { get; set; }
    }
}
