namespace NewsBot.Discord.Gateway;

/// <summary>How a gateway connection ended, and so how the next one starts.</summary>
internal enum GatewayReconnect
{
    /// <summary>Discord asked for it (op 7, op 9 resumable) or the connection went quiet: resume at once.</summary>
    ResumeNow,

    /// <summary>The session is invalid (op 9 with <c>false</c>): identify again after a random 1–5 s.</summary>
    IdentifyAfterPause,

    /// <summary>The connection dropped: reconnect after a capped, jittered backoff, resuming when possible.</summary>
    Backoff,
}
