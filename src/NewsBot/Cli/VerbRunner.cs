namespace NewsBot.Cli;

/// <summary>Runs a verb's body inside a host built with the verb's configuration overrides.</summary>
internal delegate Task<int> VerbRunner(
    IReadOnlyDictionary<string, string?> overrides,
    Func<IServiceProvider, TextWriter, TextWriter, CancellationToken, Task<int>> run);
