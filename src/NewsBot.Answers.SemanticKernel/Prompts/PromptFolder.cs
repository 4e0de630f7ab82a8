using System.Text.Json;
using Microsoft.SemanticKernel;

namespace NewsBot.Answers.SemanticKernel.Prompts;

/// <summary>
/// Reads the Semantic Kernel prompt directories (<c>skprompt.txt</c> + <c>config.json</c>) NewsBot needs, and says in
/// one sentence what is wrong when a file or an input variable is missing.
/// </summary>
internal static class PromptFolder
{
    /// <summary>The prompts and the input variables each must declare and use.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Required = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["answer"] = ["question", "passages", "today"],
        ["summarize"] = ["title", "outlet", "date", "text"],
        ["condense"] = ["history", "question"],
    };

    /// <summary>The folder a configured path names: relative paths are read from the app's own folder.</summary>
    public static string Resolve(string path) => Path.GetFullPath(path, AppContext.BaseDirectory);

    /// <summary>What is wrong with the folder, or null when every prompt is there and complete.</summary>
    public static string? Problem(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return $"NewsBot:Chat:PromptsPath '{folder}' is not a folder; it must hold the answer, summarize and condense prompts.";
        }

        foreach (var (name, variables) in Required)
        {
            var (template, settings) = (Path.Combine(folder, name, "skprompt.txt"), Path.Combine(folder, name, "config.json"));
            var missing = new[] { template, settings }.FirstOrDefault(f => !File.Exists(f));
            if (missing is not null)
            {
                return $"The prompt file {missing} is missing.";
            }

            PromptTemplateConfig config;
            try
            {
                config = PromptTemplateConfig.FromJson(File.ReadAllText(settings));
            }
            catch (Exception ex) when (ex is JsonException or ArgumentException)
            {
                return $"The prompt settings {settings} are not valid: {ex.Message}";
            }

            var text = File.ReadAllText(template);
            foreach (var variable in variables)
            {
                if (!config.InputVariables.Any(v => v.Name == variable))
                {
                    return $"The prompt '{name}' does not declare the input variable '{variable}' in {settings}.";
                }

                if (!text.Contains("{{$" + variable + "}}", StringComparison.Ordinal))
                {
                    return $"The prompt '{name}' never uses {{{{${variable}}}}} in {template}.";
                }
            }
        }

        return null;
    }

    /// <summary>Loads one prompt as a kernel function; call after <see cref="Problem"/> found nothing wrong.</summary>
    public static KernelFunction Load(string folder, string name)
    {
        var config = PromptTemplateConfig.FromJson(File.ReadAllText(Path.Combine(folder, name, "config.json")));
        config.Name ??= name;
        config.Template = File.ReadAllText(Path.Combine(folder, name, "skprompt.txt"));
        return KernelFunctionFactory.CreateFromPrompt(config);
    }
}
