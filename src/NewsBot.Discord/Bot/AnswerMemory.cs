using System.Security.Cryptography;

namespace NewsBot.Discord.Bot;

/// <summary>
/// The answers the bot gave lately: by a short key its buttons carry, and by the id of the message that carries them
/// (so a reply to it is a follow-up). Bounded: the oldest are forgotten.
/// </summary>
internal sealed class AnswerMemory
{
    private const int Capacity = 2_000;
    private readonly BoundedMap<AnsweredQuestion> byKey = new(Capacity);
    private readonly BoundedMap<AnsweredQuestion> byMessage = new(Capacity);

    public string Remember(AnsweredQuestion answered)
    {
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        byKey.Set(key, answered);
        return key;
    }

    public void RememberMessage(string messageId, AnsweredQuestion answered) => byMessage.Set(messageId, answered);

    public AnsweredQuestion? ByKey(string key) => byKey.TryGet(key, out var a) ? a : null;

    public AnsweredQuestion? ByMessage(string messageId) => byMessage.TryGet(messageId, out var a) ? a : null;
}
