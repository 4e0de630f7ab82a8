using System.Text.Json.Nodes;

namespace NewsBot.Testing.Discord;

/// <summary>
/// Builds gateway event payloads shaped as Discord sends them: <c>/ask</c> and autocomplete interactions (guild or DM),
/// messages that mention the bot, DMs, and replies carrying <c>message_reference</c> and <c>referenced_message</c>.
/// Ids are fresh snowflakes; tokens are fresh strings. Pass the result to <see cref="DiscordStandIn.DispatchAsync"/>.
/// </summary>
public sealed class DiscordEventBuilder
{
    private readonly DiscordStandInOptions options;
    private readonly Func<string> newId;

    internal DiscordEventBuilder(DiscordStandInOptions options, Func<string> newId)
    {
        this.options = options;
        this.newId = newId;
    }

    /// <summary>The guild the events come from.</summary>
    public string GuildId { get; } = "1200000000000000001";

    /// <summary>The guild text channel the events come from.</summary>
    public string ChannelId { get; } = "1200000000000000002";

    /// <summary>The DM channel between the user and the bot.</summary>
    public string DmChannelId { get; } = "1200000000000000003";

    /// <summary>The human user who asks.</summary>
    public string UserId { get; } = "1200000000000000004";

    /// <summary>An application-command interaction (<c>INTERACTION_CREATE</c>, type 2) for <c>/ask question:…</c>.</summary>
    public JsonObject Ask(string question, bool inDm = false, string command = "ask", string optionName = "question") =>
        Interaction(2, inDm, new JsonObject
        {
            ["id"] = "1200000000000000010",
            ["name"] = command,
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = optionName, ["type"] = 3, ["value"] = question }),
        });

    /// <summary>An autocomplete interaction (type 4) with the option being typed marked <c>focused</c>.</summary>
    public JsonObject Autocomplete(string typed, string command = "ask", string optionName = "question") =>
        Interaction(4, false, new JsonObject
        {
            ["id"] = "1200000000000000010",
            ["name"] = command,
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = optionName, ["type"] = 3, ["value"] = typed, ["focused"] = true }),
        });

    /// <summary>A button press (<c>INTERACTION_CREATE</c>, type 3) on the message <paramref name="messageId"/> in the guild channel.</summary>
    public JsonObject Button(string customId, string messageId)
    {
        var interaction = Interaction(3, false, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 });
        interaction["message"] = new JsonObject { ["id"] = messageId, ["channel_id"] = ChannelId };
        return interaction;
    }

    /// <summary>A guild <c>MESSAGE_CREATE</c> whose content starts with the bot's mention, <c>&lt;@id&gt; text</c>.</summary>
    public JsonObject Mention(string text) => Message($"<@{options.BotUserId}> {text}", inDm: false, mentionsBot: true);

    /// <summary>A <c>MESSAGE_CREATE</c> in the DM channel (no guild, no member).</summary>
    public JsonObject DirectMessage(string text) => Message(text, inDm: true, mentionsBot: false);

    /// <summary>A guild <c>MESSAGE_CREATE</c> of type 19 replying to <paramref name="referenced"/>, mentioning the bot.</summary>
    public JsonObject Reply(string text, JsonObject referenced)
    {
        var message = Mention(text);
        message["type"] = 19;
        message["message_reference"] = new JsonObject
        {
            ["type"] = 0,
            ["message_id"] = referenced["id"]?.DeepClone(),
            ["channel_id"] = referenced["channel_id"]?.DeepClone(),
            ["guild_id"] = referenced["guild_id"]?.DeepClone(),
        };
        message["referenced_message"] = referenced.DeepClone();
        return message;
    }

    /// <summary>A message the bot itself wrote earlier, e.g. to reply to.</summary>
    public JsonObject BotMessage(string content)
    {
        var message = Message(content, inDm: false, mentionsBot: false);
        message["author"] = BotUser(options);
        message.Remove("member");
        return message;
    }

    internal static JsonObject BotUser(DiscordStandInOptions options) => new()
    {
        ["id"] = options.BotUserId,
        ["username"] = options.BotUserName,
        ["discriminator"] = "0",
        ["global_name"] = null,
        ["avatar"] = null,
        ["bot"] = true,
        ["flags"] = 0,
    };

    private JsonObject User() => new()
    {
        ["id"] = UserId,
        ["username"] = "reader",
        ["discriminator"] = "0",
        ["global_name"] = "A Reader",
        ["avatar"] = null,
    };

    private JsonObject Member() => new()
    {
        ["user"] = User(),
        ["roles"] = new JsonArray(),
        ["joined_at"] = "2024-01-01T00:00:00.000000+00:00",
        ["deaf"] = false,
        ["mute"] = false,
        ["permissions"] = "2248473465835073",
    };

    private JsonObject Interaction(int type, bool inDm, JsonObject data)
    {
        var channel = inDm ? DmChannelId : ChannelId;
        var interaction = new JsonObject
        {
            ["id"] = newId(),
            ["application_id"] = options.ApplicationId,
            ["type"] = type,
            ["data"] = data,
            ["channel_id"] = channel,
            ["channel"] = new JsonObject { ["id"] = channel, ["type"] = inDm ? 1 : 0 },
            ["token"] = "interaction-token-" + Guid.NewGuid().ToString("N"),
            ["version"] = 1,
            ["locale"] = "en-US",
            ["app_permissions"] = "2248473465835073",
            ["entitlements"] = new JsonArray(),
            ["context"] = inDm ? 1 : 0,
        };
        if (inDm)
        {
            interaction["user"] = User();
            interaction["authorizing_integration_owners"] = new JsonObject { ["0"] = UserId };
        }
        else
        {
            interaction["guild_id"] = GuildId;
            interaction["guild_locale"] = "en-US";
            interaction["member"] = Member();
            interaction["authorizing_integration_owners"] = new JsonObject { ["0"] = GuildId };
        }

        return interaction;
    }

    private JsonObject Message(string content, bool inDm, bool mentionsBot)
    {
        var message = new JsonObject
        {
            ["id"] = newId(),
            ["channel_id"] = inDm ? DmChannelId : ChannelId,
            ["author"] = User(),
            ["content"] = content,
            ["timestamp"] = options.TimeProvider.GetUtcNow().ToString("O"),
            ["edited_timestamp"] = null,
            ["tts"] = false,
            ["mention_everyone"] = false,
            ["mentions"] = mentionsBot ? new JsonArray(BotUser(options)) : new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["attachments"] = new JsonArray(),
            ["embeds"] = new JsonArray(),
            ["pinned"] = false,
            ["type"] = 0,
        };
        if (!inDm)
        {
            message["guild_id"] = GuildId;
            var member = Member();
            member.Remove("user");
            message["member"] = member;
        }

        return message;
    }
}
