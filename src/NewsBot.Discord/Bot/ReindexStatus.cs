namespace NewsBot.Discord.Bot;

/// <summary>How far the running re-index has come: items done of those read so far, and failures.</summary>
internal sealed record ReindexStatus(int Done, int Total, int Failures);
