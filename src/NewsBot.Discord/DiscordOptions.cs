using System.ComponentModel.DataAnnotations;

namespace NewsBot.Discord;

/// <summary>Settings of the Discord bot (section <c>NewsBot:Discord</c>).</summary>
public sealed class DiscordOptions
{
    public const string Section = "NewsBot:Discord";

    /// <summary>The bot token from the developer portal; never logged.</summary>
    [Required(ErrorMessage = "NewsBot:Discord:Token is not set; set it with the environment variable NewsBot__Discord__Token to the bot token from Discord's developer portal.")]
    public string Token { get; set; } = string.Empty;

    /// <summary>Discord's REST API root; the gateway URL is learned from <c>GET {ApiBaseUrl}/gateway/bot</c>.</summary>
    [Required(ErrorMessage = "NewsBot:Discord:ApiBaseUrl must be an absolute http(s) URL.")]
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>When set, commands are registered to this guild (at once) instead of globally.</summary>
    public ulong? GuildId { get; set; }

    /// <summary>Role ids allowed to run admin commands besides members with Manage Server.</summary>
    public IList<ulong> AdminRoleIds { get; set; } = [];

    /// <summary>Questions one user may ask per minute.</summary>
    [Range(1, 1000, ErrorMessage = "NewsBot:Discord:QuestionsPerMinute must be between {1} and {2}.")]
    public int QuestionsPerMinute { get; set; } = 5;

    /// <summary>Gateway intents: GUILDS (1) | GUILD_MESSAGES (512) | DIRECT_MESSAGES (4096) | MESSAGE_CONTENT (32768).</summary>
    [Range(0, int.MaxValue, ErrorMessage = "NewsBot:Discord:Intents must be a non-negative number.")]
    public int Intents { get; set; } = 1 | 512 | 4096 | 32768;

    /// <summary>This process's shard id (0 to <see cref="ShardCount"/> - 1).</summary>
    [Range(0, 65535, ErrorMessage = "NewsBot:Discord:ShardId must be between {1} and {2}.")]
    public int ShardId { get; set; }

    /// <summary>How many shards the bot runs in all.</summary>
    [Range(1, 65536, ErrorMessage = "NewsBot:Discord:ShardCount must be between {1} and {2}.")]
    public int ShardCount { get; set; } = 1;

    /// <summary>How often configured sources are refreshed while serving.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "NewsBot:Discord:RefreshInterval must be between {1} and {2}.")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(30);
}
