using System.Text.Json;
using NewsBot.Testing.OpenAi;

namespace NewsBot.Tests.Cli;

public sealed class AskWithChatModelTests : IAsyncDisposable
{
    private const string Key = "sk-cli-test-0123456789";
    private readonly CliRun cli = new();
    private readonly OpenAiStandIn model = OpenAiStandIn.Start(Key);

    public AskWithChatModelTests()
    {
        cli.Settings["NewsBot:Chat:Endpoint"] = model.Endpoint.AbsoluteUri;
        cli.Settings["NewsBot:Chat:Model"] = "stand-in-model";
        cli.Settings["NewsBot:Chat:ApiKey"] = Key;
    }

    [Fact]
    public async Task Ask_ChatModelConfigured_DraftStreamsToStderrAndTheCheckedAnswerGoesToStdout()
    {
        await cli.RunAsync("index", cli.CopySamples());
        model.Chat.ReplyNext("About 300 homes in Millbrook were evacuated [1]. The mayor resigned [12].");

        var run = await cli.RunAsync("ask", "How many homes were evacuated in Millbrook?", "--as-of", "2026-11-20");

        Assert.Equal(0, run.Exit);
        Assert.True(Assert.Single(model.Chat.Requests).Stream);
        Assert.Contains("About 300 homes in Millbrook were evacuated [1]. The mayor resigned [12].", run.Error, StringComparison.Ordinal);
        Assert.StartsWith("About 300 homes in Millbrook were evacuated [1].", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("mayor", run.Output, StringComparison.Ordinal);
        Assert.Contains("Sources:", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_ChatModelDown_JsonCarriesTheExtractiveAnswerAndTheNote()
    {
        await cli.RunAsync("index", cli.CopySamples());
        cli.Settings["NewsBot:Chat:MaxRetries"] = "0";
        model.Chat.FailNext(1, 503);

        var run = await cli.RunAsync("ask", "How many homes were evacuated in Millbrook?", "--json", "--as-of", "2026-11-20");

        using var json = JsonDocument.Parse(run.Output);
        Assert.Contains("300", json.RootElement.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Contains("HTTP 503", json.RootElement.GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_PromptsFolderMissing_StopsWithOneSentence()
    {
        cli.Settings["NewsBot:Chat:PromptsPath"] = Path.Combine(cli.Folder, "no-prompts");

        var run = await cli.RunAsync("ask", "How many homes were evacuated in Millbrook?");

        Assert.Equal(2, run.Exit);
        Assert.Contains($"Configuration error: NewsBot:Chat:PromptsPath '{Path.Combine(cli.Folder, "no-prompts")}' is not a folder", run.Error, StringComparison.Ordinal);
        Assert.Empty(NewsBotProcess.StackTraceLines(run.Error));
    }

    public async ValueTask DisposeAsync()
    {
        cli.Dispose();
        await model.DisposeAsync();
    }
}
