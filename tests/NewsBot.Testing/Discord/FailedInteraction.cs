namespace NewsBot.Testing.Discord;

/// <summary>An interaction the user saw fail: Discord showed "The application did not respond".</summary>
/// <param name="InteractionId">The interaction's id.</param>
/// <param name="Reason">What the user saw.</param>
/// <param name="Time">When it failed, by the stand-in's clock.</param>
public sealed record FailedInteraction(string InteractionId, string Reason, DateTimeOffset Time)
{
    /// <summary>What Discord shows the user when no callback arrives in time.</summary>
    public const string DidNotRespond = "The application did not respond";
}
