using System.Diagnostics.Metrics;

namespace NewsBot.Answers.SemanticKernel;

/// <summary>
/// Token use and outcomes of the chat model, on the meter <c>NewsBot.Chat</c>: <c>newsbot.chat.prompt_tokens</c> and
/// <c>newsbot.chat.completion_tokens</c> (tagged with the prompt), and <c>newsbot.chat.answers</c> (tagged with the outcome).
/// </summary>
public sealed class ChatMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "NewsBot.Chat";

    private readonly Counter<long> promptTokens;
    private readonly Counter<long> completionTokens;
    private readonly Counter<long> answers;

    /// <summary>Creates the instruments on a meter from <paramref name="meters"/>.</summary>
    public ChatMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        promptTokens = meter.CreateCounter<long>("newsbot.chat.prompt_tokens", "{token}", "Prompt tokens sent to the chat model.");
        completionTokens = meter.CreateCounter<long>("newsbot.chat.completion_tokens", "{token}", "Completion tokens the chat model wrote.");
        answers = meter.CreateCounter<long>("newsbot.chat.answers", "{answer}", "Answers by outcome: generated, or extractive after a failure or a failed check.");
    }

    internal void Used(string prompt, long input, long output)
    {
        var tag = new KeyValuePair<string, object?>("prompt", prompt);
        promptTokens.Add(input, tag);
        completionTokens.Add(output, tag);
    }

    internal void Answered(string outcome) => answers.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
}
