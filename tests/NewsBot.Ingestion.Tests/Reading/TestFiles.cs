namespace NewsBot.Ingestion.Tests.Reading;

/// <summary>Paths of the files under TestData, copied beside the test assembly.</summary>
internal static class TestFiles
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static string Text(string name) => File.ReadAllText(Path(name));
}
