namespace NewsBot.Core.Text;

/// <summary>Counts tokens the way the models that read passages do (the ingestion project counts cl100k_base with tiktoken).</summary>
public interface ITokenCounter
{
    /// <summary>The tokens in <paramref name="text"/>.</summary>
    int Count(string text);
}
