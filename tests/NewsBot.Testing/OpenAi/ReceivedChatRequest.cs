namespace NewsBot.Testing.OpenAi;

/// <summary>One request the stand-in received on <c>/v1/chat/completions</c>, as it read it, and the status it answered with.</summary>
/// <param name="Authorization">The raw <c>Authorization</c> header, or null when none was sent.</param>
/// <param name="Model">The <c>model</c> field.</param>
/// <param name="Messages">The messages in order: role and text (a content array's text parts joined).</param>
/// <param name="Stream">Whether <c>stream</c> was true.</param>
/// <param name="IncludeUsage">Whether <c>stream_options.include_usage</c> was true.</param>
/// <param name="Temperature">The <c>temperature</c> field, when sent.</param>
/// <param name="MaxTokens">The <c>max_tokens</c> or <c>max_completion_tokens</c> field, when sent.</param>
/// <param name="Status">The HTTP status the stand-in answered with.</param>
public sealed record ReceivedChatRequest(
    string? Authorization,
    string? Model,
    IReadOnlyList<(string Role, string Content)> Messages,
    bool Stream,
    bool IncludeUsage,
    double? Temperature,
    int? MaxTokens,
    int Status)
{
    /// <summary>Every message's text, one after the other.</summary>
    public string AllText => string.Join("\n", Messages.Select(m => m.Content));
}
