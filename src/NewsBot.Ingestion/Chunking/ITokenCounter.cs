namespace NewsBot.Ingestion.Chunking;

/// <summary>Counts tokens the way the models that read passages do.</summary>
internal interface ITokenCounter
{
    int Count(string text);
}
