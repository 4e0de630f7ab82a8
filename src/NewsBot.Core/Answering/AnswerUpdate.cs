namespace NewsBot.Core.Answering;

/// <summary>
/// One step of a streamed answer: a piece of draft text as the model writes it (not yet checked, markers unchecked),
/// or, last of all, the checked answer in <see cref="Final"/>.
/// </summary>
public sealed record AnswerUpdate(string Delta, GroundedAnswer? Final)
{
    /// <summary>A piece of draft text.</summary>
    public static AnswerUpdate Draft(string delta) => new(delta, null);

    /// <summary>The checked answer that ends the stream.</summary>
    public static AnswerUpdate Done(GroundedAnswer answer) => new(string.Empty, answer);
}
