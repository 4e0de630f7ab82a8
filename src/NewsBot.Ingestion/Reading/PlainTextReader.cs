namespace NewsBot.Ingestion.Reading;

/// <summary>Reads plain text: the first non-empty line is the title, the rest the body.</summary>
internal sealed class PlainTextReader(ArticleAssembler assembler) : IArticleReader
{
    public bool CanRead(SourceDocument document) =>
        document.Extension is ".txt" or ".text" || document.MediaType == "text/plain";

    public IAsyncEnumerable<ReadOutcome> ReadAsync(SourceDocument document, CancellationToken cancellationToken) =>
        Outcomes.One(document, () =>
        {
            var lines = document.Text.ReplaceLineEndings("\n").Split('\n');
            var titleIndex = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
            if (titleIndex < 0)
            {
                throw new ReadException($"{document.Origin} is empty.");
            }

            return assembler.Assemble(new ArticleDraft(document, lines[titleIndex], string.Join('\n', lines.Skip(titleIndex + 1))));
        });
}
