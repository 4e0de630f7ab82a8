namespace NewsBot.Tests.Cli;

/// <summary>A folder of many small articles, made from the bundled samples, for runs that must take a while.</summary>
internal static class GeneratedNews
{
    public static string Write(string parent, int articles)
    {
        var samples = Directory.GetFiles(Path.Combine(NewsBot.Testing.SharedFolder.RepositoryRoot, "samples", "news"), "*.txt").Order(StringComparer.Ordinal).ToArray();
        var texts = samples.Select(File.ReadAllText).ToArray();
        var folder = Path.Combine(parent, "generated");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < articles; i++)
        {
            File.WriteAllText(
                Path.Combine(folder, $"a{i:D5}.txt"),
                texts[i % texts.Length] + $"\nFollow-up {i}: residents of district {i} gave their views at a public meeting.\n");
        }

        return folder;
    }
}
