using NewsBot.Core.Answering;

namespace NewsBot.Discord.Bot;

/// <summary>An answer the bot gave, remembered for its buttons and for follow-up questions in a reply chain.</summary>
internal sealed record AnsweredQuestion(string Question, GroundedAnswer Answer);
