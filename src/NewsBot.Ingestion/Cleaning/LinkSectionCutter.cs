namespace NewsBot.Ingestion.Cleaning;

/// <summary>Cuts link-list sections: a heading-like line followed by many short headline-like lines or rank numbers.</summary>
internal static class LinkSectionCutter
{
    private const int ListMinimumAfterHeading = 4;

    /// <summary>Removes every link-list section from <paramref name="lines"/>.</summary>
    public static void Cut(List<TextLine> lines)
    {
        var blocks = lines.GroupBy(l => l.Block).Select(g => g.ToList()).ToList();
        var cut = new HashSet<int>();
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var next = b + 1 < blocks.Count ? blocks[b + 1] : null;
            var first = block[0];
            var vocabularyHeading = LinkListRules.IsLinkSectionHeading(first.Text);

            if (block.Count == 1 && vocabularyHeading)
            {
                cut.Add(first.Block);
                if (next is not null && LinkListRules.IsListOfLinks(next, 2))
                {
                    cut.Add(next[0].Block);
                }
            }
            else if (block.Count == 1 && LinkListRules.IsHeadingLike(first) && next is not null
                && LinkListRules.IsListOfLinks(next, ListMinimumAfterHeading))
            {
                cut.Add(first.Block);
                cut.Add(next[0].Block);
            }
            else if (block.Count > 1 && (vocabularyHeading || LinkListRules.IsHeadingLike(first))
                && LinkListRules.IsListOfLinks(block.Skip(1).ToList(), vocabularyHeading ? 1 : ListMinimumAfterHeading - 1))
            {
                cut.Add(first.Block);
            }
            else if (block.Count(l => LinkListRules.IsRankNumber(l.Text)) >= 2 && LinkListRules.IsListOfLinks(block, 3))
            {
                cut.Add(first.Block);
            }
        }

        lines.RemoveAll(l => cut.Contains(l.Block));
    }
}
