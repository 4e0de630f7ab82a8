using System.Text.Json;
using NewsBot.Cli;

namespace NewsBot.Evaluation;

/// <summary>Reads a JSON-lines questions file, naming the line of any malformed entry.</summary>
internal static class QuestionsFile
{
    public static async Task<IReadOnlyList<EvalQuestion>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new EvalInputException($"The questions file '{path}' does not exist.");
        }

        var questions = new List<EvalQuestion>();
        var number = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            EvalQuestion? question;
            try
            {
                question = JsonSerializer.Deserialize<EvalQuestion>(line);
            }
            catch (JsonException ex)
            {
                throw new EvalInputException($"Line {number} of '{path}' is not a JSON question object: {ex.Message}");
            }

            if (question is null || string.IsNullOrWhiteSpace(question.Question))
            {
                throw new EvalInputException($"Line {number} of '{path}' has no \"question\" text.");
            }

            if (question.QuestionDate is { } date && Moments.Parse(date) is null)
            {
                throw new EvalInputException($"Line {number} of '{path}' has a question_date '{date}' that is not a date like 2022-06-16.");
            }

            if (question.Unanswerable && (question.Gold is not null || question.Evidence.Count > 0))
            {
                throw new EvalInputException($"Line {number} of '{path}' is marked \"answerable\": false but gives an answer or evidence articles.");
            }

            questions.Add(question);
        }

        return questions;
    }
}
