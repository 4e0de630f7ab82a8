namespace NewsBot.Evaluation;

/// <summary>A questions file or corpus that cannot be evaluated; the message names the file and the problem.</summary>
internal sealed class EvalInputException(string message) : Exception(message);
