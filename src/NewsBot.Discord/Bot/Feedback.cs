namespace NewsBot.Discord.Bot;

/// <summary>A 👍 or 👎 on an answer, kept with the question and the answer it judged.</summary>
internal sealed record Feedback(DateTimeOffset At, string UserId, string? GuildId, string Question, string Answer, bool Helpful, IReadOnlyList<string> Citations);
