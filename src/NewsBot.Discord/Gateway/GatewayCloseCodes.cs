namespace NewsBot.Discord.Gateway;

/// <summary>What the gateway's close codes mean for the bot.</summary>
internal static class GatewayCloseCodes
{
    /// <summary>What the bot sends to drop a connection it means to resume: any code but 1000 and 1001 keeps the session.</summary>
    public const int Resumable = 4000;

    /// <summary>What the bot sends when it stops: the session ends.</summary>
    public const int Normal = 1000;

    /// <summary>The sentence to stop with when <paramref name="code"/> cannot be mended by reconnecting; null otherwise.</summary>
    public static string? FatalMessage(int? code) => code switch
    {
        4004 => "Discord rejected the bot token (close code 4004); check NewsBot:Discord:Token",
        4010 => "Discord rejected the shard the bot sent (close code 4010); check NewsBot:Discord:ShardId and NewsBot:Discord:ShardCount (ShardId must be below ShardCount)",
        4011 => "Discord requires this bot to be sharded (close code 4011); set NewsBot:Discord:ShardCount above 1 and run one process per shard",
        4012 => "Discord rejected the gateway version the bot speaks (close code 4012); NewsBot speaks gateway v10 and needs updating",
        4013 => "Discord rejected the intents the bot asks for as invalid (close code 4013); check NewsBot:Discord:Intents",
        4014 => "Discord refused an intent the bot asks for (4014); enable the Message Content intent for the bot in the developer portal (Bot, Privileged Gateway Intents), or remove it from NewsBot:Discord:Intents",
        _ => null,
    };

    /// <summary>True when <paramref name="code"/> means the session cannot be resumed and the bot must identify again.</summary>
    public static bool EndsSession(int? code) => code is 4003 or 4007 or 4009;
}
