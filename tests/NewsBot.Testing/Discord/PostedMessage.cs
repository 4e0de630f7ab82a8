using System.Text.Json.Nodes;

namespace NewsBot.Testing.Discord;

/// <summary>A message as users would see it now: created by the bot, then possibly edited.</summary>
/// <param name="Id">The message id.</param>
/// <param name="ChannelId">The channel it is in.</param>
/// <param name="InteractionId">The interaction it answers, or null for a plain channel message.</param>
/// <param name="Kind">How it came: <c>callback</c>, <c>deferred</c>, <c>follow-up</c> or <c>channel</c>.</param>
/// <param name="Body">The latest JSON body that set it (content, embeds, allowed_mentions, …).</param>
/// <param name="Edits">How many edits it has had.</param>
public sealed record PostedMessage(string Id, string ChannelId, string? InteractionId, string Kind, JsonObject Body, int Edits)
{
    /// <summary>The message text, or null when it has none (yet).</summary>
    public string? Content => Body["content"]?.GetValue<string>();

    /// <summary>True while a deferred response has not been edited ("NewsBot is thinking…").</summary>
    public bool IsThinking => Kind == "deferred" && Edits == 0;
}
