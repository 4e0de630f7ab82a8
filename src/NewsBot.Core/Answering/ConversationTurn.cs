namespace NewsBot.Core.Answering;

/// <summary>An earlier question and the answer it got, for rewriting a follow-up into a standalone question.</summary>
public sealed record ConversationTurn(string Question, string Answer);
