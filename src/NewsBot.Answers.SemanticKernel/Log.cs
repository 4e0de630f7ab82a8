using Microsoft.Extensions.Logging;

namespace NewsBot.Answers.SemanticKernel;

/// <summary>Log messages of the Semantic Kernel answerer, event ids 5000–5999. No message carries the API key.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Information, Message = "Chat prompt '{Prompt}' used {PromptTokens} prompt and {CompletionTokens} completion tokens ({ContextTokens} context tokens in {Passages} passages)")]
    public static partial void Usage(ILogger logger, string prompt, long promptTokens, long completionTokens, int contextTokens, int passages);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "The chat model failed ({Reason}); answering extractively")]
    public static partial void ModelFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "The generated answer was set aside ({Reason}); answering extractively")]
    public static partial void SetAside(ILogger logger, string reason);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Debug, Message = "Citation check removed {OutOfRange} out-of-range markers and {Unsupported} unsupported citations and dropped {Dropped} sentences")]
    public static partial void Checked(ILogger logger, int outOfRange, int unsupported, int dropped);
}
