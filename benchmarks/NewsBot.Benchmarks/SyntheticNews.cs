using System.Text;
using NewsBot.Core.Articles;

namespace NewsBot.Benchmarks;

/// <summary>Deterministic synthetic articles: Zipf-distributed words from a fixed vocabulary, dated over two years.</summary>
internal static class SyntheticNews
{
    private static readonly string[] Vocabulary = BuildVocabulary(6000);

    /// <summary>Articles of <paramref name="paragraphs"/> paragraphs of four sentences each.</summary>
    public static IReadOnlyList<Article> Articles(int count, int paragraphs, int seed = 42)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var list = new List<Article>(count);
        for (var i = 0; i < count; i++)
        {
            var body = new StringBuilder();
            for (var p = 0; p < paragraphs; p++)
            {
                for (var s = 0; s < 4; s++)
                {
                    body.Append(Sentence(random)).Append(' ');
                }

                body.Append("\n\n");
            }

            var id = $"bench-{seed}-{i}";
            list.Add(new Article(id, Sentence(random).TrimEnd('.'), body.ToString(), $"Outlet {i % 7}",
                start.AddHours(random.Next(0, 2 * 365 * 24)), $"https://news.example/{id}", id + ".txt", "bench"));
        }

        return list;
    }

    /// <summary>A question-like string of a few vocabulary words.</summary>
    public static string Question(Random random) =>
        $"What did {Word(random)} {Word(random)} say about the {Word(random)} {Word(random)} this week?";

    private static string Sentence(Random random)
    {
        var length = random.Next(12, 24);
        var words = new string[length];
        for (var i = 0; i < length; i++)
        {
            words[i] = Word(random);
        }

        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words) + ".";
    }

    private static string Word(Random random)
    {
        // Zipf-like: small indexes are far more common, as in real text.
        var u = random.NextDouble();
        var index = (int)Math.Min(Vocabulary.Length - 1, Math.Floor(Math.Pow(Vocabulary.Length, u)) - 1);
        return Vocabulary[Math.Max(0, index)];
    }

    private static string[] BuildVocabulary(int size)
    {
        var random = new Random(7);
        const string consonants = "bcdfghklmnprstvz";
        const string vowels = "aeiou";
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < size)
        {
            var syllables = random.Next(1, 4);
            var word = new StringBuilder();
            for (var s = 0; s < syllables; s++)
            {
                word.Append(consonants[random.Next(consonants.Length)]).Append(vowels[random.Next(vowels.Length)]);
                if (random.Next(3) == 0)
                {
                    word.Append(consonants[random.Next(consonants.Length)]);
                }
            }

            words.Add(word.ToString());
        }

        return [.. words];
    }
}
