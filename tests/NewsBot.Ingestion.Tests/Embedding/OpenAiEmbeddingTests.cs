using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Ingestion.Embedding;
using NewsBot.Testing.OpenAi;

namespace NewsBot.Ingestion.Tests.Embedding;

public sealed class OpenAiEmbeddingTests
{
    private readonly CancellationToken token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task GenerateAsync_Batch_OneVectorPerPassageInOrderWithConfiguredDimensions()
    {
        await using var standIn = OpenAiStandIn.Start(OpenAiHost.ApiKey);
        using var host = new OpenAiHost(standIn);
        string[] passages = ["Ferry strike ends after talks.", "Harbour bridge reopens.", "Council approves budget."];

        var embeddings = await host.Embedder.GenerateAsync(passages, cancellationToken: token);

        Assert.Equal(passages.Length, embeddings.Count);
        for (var i = 0; i < passages.Length; i++)
        {
            var expected = StandInVectors.Shortened(passages[i], standIn.ModelDimensions, OpenAiHost.Dimensions);
            Assert.Equal(expected, embeddings[i].Vector.ToArray(), (a, b) => Math.Abs(a - b) < 1e-6f);
        }

        var request = Assert.Single(standIn.Requests);
        Assert.Equal(("POST", "/v1/embeddings", OpenAiHost.Model, OpenAiHost.Dimensions), (request.Method, request.Path, request.Model, request.Dimensions));
        Assert.Equal(passages, request.Inputs);
        Assert.Equal("base64", request.EncodingFormat);
    }

    [Fact]
    public async Task GenerateAsync_ApiKey_SentAsBearerTokenAndNeverLogged()
    {
        await using var standIn = OpenAiStandIn.Start(OpenAiHost.ApiKey);
        using var host = new OpenAiHost(standIn);

        await host.Embedder.GenerateAsync(["Ferry strike ends."], cancellationToken: token);

        Assert.Equal("Bearer " + OpenAiHost.ApiKey, Assert.Single(standIn.Requests).Authorization);
        var lines = host.LogLines;
        Assert.Contains(lines, line => line.Contains("NewsBot.Embeddings-standard", StringComparison.Ordinal));
        Assert.Equal([], lines.Where(line => line.Contains(OpenAiHost.ApiKey, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(429)]
    public async Task GenerateAsync_TransientFailure_RetriedAndSucceeds(int status)
    {
        await using var standIn = OpenAiStandIn.Start(OpenAiHost.ApiKey);
        using var host = new OpenAiHost(standIn);
        standIn.FailNext(1, status, status == 429 ? TimeSpan.FromSeconds(1) : null);

        var embeddings = await host.Embedder.GenerateAsync(["Ferry strike ends."], cancellationToken: token);

        Assert.Equal(OpenAiHost.Dimensions, Assert.Single(embeddings).Vector.Length);
        Assert.Equal([status, 200], standIn.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task GenerateAsync_WrongApiKey_ErrorSaysTheKeyWasRefusedWithoutShowingIt()
    {
        await using var standIn = OpenAiStandIn.Start(OpenAiHost.ApiKey);
        const string wrongKey = "sk-wrong-0123456789abcdef";
        using var host = new OpenAiHost(standIn, new Dictionary<string, string?> { ["NewsBot:Embedding:ApiKey"] = wrongKey });

        var error = await Assert.ThrowsAsync<EmbeddingEndpointException>(() => host.Embedder.GenerateAsync(["Ferry strike ends."], cancellationToken: token));

        Assert.Contains("NewsBot:Embedding:ApiKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongKey, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal(401, Assert.Single(standIn.Requests).Status);
    }

    [Fact]
    public async Task GenerateAsync_ErrorEchoingTheAuthorizationHeader_KeyMaskedInTheMessage()
    {
        await using var standIn = OpenAiStandIn.Start(OpenAiHost.ApiKey);
        standIn.FailNextEchoingAuthorization(1);
        using var host = new OpenAiHost(standIn);

        var error = await Assert.ThrowsAsync<EmbeddingEndpointException>(() => host.Embedder.GenerateAsync(["Ferry strike ends."], cancellationToken: token));

        Assert.Equal(
            $"the embedding endpoint {standIn.Endpoint} rejected the request (HTTP 400: Could not parse the request. Headers received: Authorization: Bearer ***; " +
            "Content-Type: application/json.); check NewsBot:Embedding:Model and NewsBot:Embedding:Dimensions.",
            error.Message);
        Assert.DoesNotContain(OpenAiHost.ApiKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_EndpointWithTrailingSlash_PostsToTheSameEmbeddingsPath()
    {
        await using var standIn = OpenAiStandIn.Start(OpenAiHost.ApiKey);
        using var host = new OpenAiHost(standIn, new Dictionary<string, string?> { ["NewsBot:Embedding:Endpoint"] = standIn.Endpoint.AbsoluteUri + "/" });

        await host.Embedder.GenerateAsync(["Ferry strike ends."], cancellationToken: token);

        Assert.Equal(("/v1/embeddings", 200), (Assert.Single(standIn.Requests).Path, standIn.Requests[0].Status));
    }

    [Fact]
    public async Task EmbedderSignature_OpenAiProvider_NamesTheModelAndConfiguredDimensions()
    {
        await using var standIn = OpenAiStandIn.Start(OpenAiHost.ApiKey);
        using var host = new OpenAiHost(standIn);

        var signature = host.Services.GetRequiredService<EmbedderSignature>();

        Assert.Equal(new EmbedderSignature("openai:" + OpenAiHost.Model, OpenAiHost.Dimensions), signature);
    }

    [Theory]
    [InlineData("NewsBot:Embedding:Endpoint")]
    [InlineData("NewsBot:Embedding:Model")]
    public void EmbeddingOptions_OpenAiWithoutRequiredSetting_OneSentenceNamingTheKey(string missing)
    {
        var settings = new Dictionary<string, string?>
        {
            ["NewsBot:Embedding:Provider"] = "OpenAI",
            ["NewsBot:Embedding:Endpoint"] = "http://127.0.0.1:9/v1",
            ["NewsBot:Embedding:Model"] = OpenAiHost.Model,
        };
        settings.Remove(missing);
        using var host = new OpenAiHost(settings);

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<EmbeddingOptions>>().Value);

        var failure = Assert.Single(error.Failures);
        Assert.StartsWith(missing + " ", failure, StringComparison.Ordinal);
        Assert.EndsWith(".", failure, StringComparison.Ordinal);
        Assert.Single(failure.Split(". ", StringSplitOptions.RemoveEmptyEntries));
    }
}
