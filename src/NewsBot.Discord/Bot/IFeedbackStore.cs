namespace NewsBot.Discord.Bot;

/// <summary>Keeps users' feedback on answers.</summary>
internal interface IFeedbackStore
{
    Task AddAsync(Feedback feedback, CancellationToken cancellationToken);
}
