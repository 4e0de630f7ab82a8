namespace NewsBot.Answers.SemanticKernel;

/// <summary>What the model wrote (a whole reply, or one streamed piece) and the tokens the API reported, when it did.</summary>
internal sealed record ChatReply(string Text, long? PromptTokens, long? CompletionTokens);
