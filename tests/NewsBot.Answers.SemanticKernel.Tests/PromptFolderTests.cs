using NewsBot.Answers.SemanticKernel.Prompts;

namespace NewsBot.Answers.SemanticKernel.Tests;

public sealed class PromptFolderTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "newsbot-prompts-" + Guid.NewGuid().ToString("N"));

    public PromptFolderTests()
    {
        foreach (var prompt in new[] { "answer", "summarize", "condense" })
        {
            Directory.CreateDirectory(Path.Combine(folder, prompt));
            foreach (var file in new[] { "skprompt.txt", "config.json" })
            {
                File.Copy(Path.Combine(AppContext.BaseDirectory, "prompts", prompt, file), Path.Combine(folder, prompt, file));
            }
        }
    }

    [Fact]
    public void Problem_ShippedPrompts_None() =>
        Assert.Null(PromptFolder.Problem(Path.Combine(AppContext.BaseDirectory, "prompts")));

    [Fact]
    public void Problem_TemplateFileMissing_OneSentenceNamingTheFile()
    {
        var missing = Path.Combine(folder, "summarize", "skprompt.txt");
        File.Delete(missing);

        Assert.Equal($"The prompt file {missing} is missing.", PromptFolder.Problem(folder));
    }

    [Fact]
    public void Problem_VariableNotDeclared_NamesPromptVariableAndFile()
    {
        var config = Path.Combine(folder, "answer", "config.json");
        File.WriteAllText(config, File.ReadAllText(config).Replace("\"name\": \"today\"", "\"name\": \"day\"", StringComparison.Ordinal));

        Assert.Equal($"The prompt 'answer' does not declare the input variable 'today' in {config}.", PromptFolder.Problem(folder));
    }

    [Fact]
    public void Problem_VariableNeverUsed_NamesPromptAndTemplate()
    {
        var template = Path.Combine(folder, "condense", "skprompt.txt");
        File.WriteAllText(template, File.ReadAllText(template).Replace("{{$history}}", "", StringComparison.Ordinal));

        Assert.Equal($"The prompt 'condense' never uses {{{{$history}}}} in {template}.", PromptFolder.Problem(folder));
    }

    [Fact]
    public void Validate_PromptsPathNotAFolder_FailsWithTheSettingsName()
    {
        var result = new ChatOptionsValidator().Validate(null, new ChatOptions { Endpoint = "http://127.0.0.1:1/v1", Model = "m", PromptsPath = Path.Combine(folder, "nowhere") });

        Assert.Equal($"NewsBot:Chat:PromptsPath '{Path.Combine(folder, "nowhere")}' is not a folder; it must hold the answer, summarize and condense prompts.", result.FailureMessage);
    }

    [Fact]
    public void Validate_EndpointWithoutModel_FailsNamingTheModelSetting()
    {
        var result = new ChatOptionsValidator().Validate(null, new ChatOptions { Endpoint = "http://127.0.0.1:1/v1" });

        Assert.StartsWith("NewsBot:Chat:Model must name the model", result.FailureMessage, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
