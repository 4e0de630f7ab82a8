using NewsBot.Ingestion.Embedding;

namespace NewsBot.Ingestion.Tests.Embedding;

public sealed class SecretMaskerTests
{
    [Theory]
    [InlineData("key my-local-key-42 was refused", "key *** was refused")]
    [InlineData("proxy saw Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc, rejected", "proxy saw Authorization: Bearer ***, rejected")]
    [InlineData("unknown key sk-proj-AbCdEf0123456789xyz", "unknown key sk-***")]
    [InlineData("Incorrect API key provided: sk-tes***e1.", "Incorrect API key provided: sk-tes***e1.")]
    [InlineData("model 'nomic-embed-text' not found", "model 'nomic-embed-text' not found")]
    public void Redact_TextFromAnUpstreamError_SecretsMaskedAndTheRestKept(string text, string expected)
    {
        Assert.Equal(expected, SecretMasker.Redact(text, "my-local-key-42"));
    }

    [Fact]
    public void Redact_ShortConfiguredKey_NotSearchedForAsPlainText()
    {
        Assert.Equal("the model is not loaded", SecretMasker.Redact("the model is not loaded", "not"));
    }
}
