namespace NewsBot.Tests.Cli;

/// <summary>
/// Three short articles written for the eval tests (a bridge reopening, an orchard festival, library hours), with a
/// manifest naming their ids, and the questions the tests ask of them.
/// </summary>
internal static class EvalCorpus
{
    /// <summary>Evidence "bridge"; the gold is in the answer and in the cited article.</summary>
    public const string BridgeLead = """{"id":"bridge-lead","question":"Who led the repair team for the Kestrel Bay harbour bridge?","answer":"Marta Olsen","question_date":"2024-03-05","evidence_article_ids":["bridge"]}""";

    /// <summary>No evidence ids; the gold is in the answer.</summary>
    public const string FestivalCrowd = """{"id":"festival-crowd","question":"How many visitors did the Lindfield orchard festival draw?","answer":"9,000","question_date":"2024-03-05"}""";

    /// <summary>No evidence ids; the gold is in no article, so neither the answer nor its citation holds it.</summary>
    public const string FestivalBand = """{"id":"festival-band","question":"Which band played at the Lindfield orchard festival?","answer":"Millbrook Silver Band","question_date":"2024-03-05"}""";

    /// <summary>No evidence ids; the gold is deeper in the cited article than the answer goes.</summary>
    public const string BridgePayer = """{"id":"bridge-payer","question":"How much did the Kestrel Bay harbour bridge repairs cost?","answer":"county council","question_date":"2024-03-05"}""";

    /// <summary>About nothing in the corpus: declined.</summary>
    public const string Orchestra = """{"id":"orchestra","question":"Which orchestra won the Golden Baton award for its Mahler recordings?","answerable":false,"question_date":"2024-03-05"}""";

    /// <summary>Marked unanswerable, yet the library article answers it.</summary>
    public const string LibraryHours = """{"id":"library-hours","question":"Until what time will Ashby library open on weekdays?","answerable":false,"question_date":"2024-03-05"}""";

    /// <summary>Writes the articles and their manifest into <paramref name="folder"/>/news and returns that path.</summary>
    public static string Write(string folder)
    {
        var news = Directory.CreateDirectory(Path.Combine(folder, "news")).FullName;
        File.WriteAllText(Path.Combine(news, "bridge.txt"), """
             date 2024-03-04 Kestrel Bay harbour bridge reopens after repairs

            The Kestrel Bay harbour bridge reopened to traffic on Monday after eight months of repairs.

            Engineer Marta Olsen led the repair team, which replaced the rusted cables and the road deck.

            The work cost 12 million pounds.

            Its funding came from the county council.
            """);
        File.WriteAllText(Path.Combine(news, "festival.txt"), """
             date 2024-03-03 Lindfield orchard festival draws record crowd

            The annual orchard festival in Lindfield drew a record crowd of 9,000 visitors on Saturday.

            Growers sold cider, apple juice and young trees, and a brass band played through the afternoon.
            """);
        File.WriteAllText(Path.Combine(news, "library.txt"), """
             date 2024-03-02 Ashby library extends its opening hours

            Ashby library will open until eight in the evening on weekdays from April, the town council said.

            The longer hours follow a survey in which most readers asked for evening opening.
            """);
        File.WriteAllLines(Path.Combine(news, "articles.jsonl"),
        [
            """{"id":"bridge","file":"bridge.txt","title":"Kestrel Bay harbour bridge reopens after repairs","source":"Coast Gazette","url":"https://example.org/bridge","date":"2024-03-04"}""",
            """{"id":"festival","file":"festival.txt","title":"Lindfield orchard festival draws record crowd","source":"Valley Post","url":"https://example.org/festival","date":"2024-03-03"}""",
            """{"id":"library","file":"library.txt","title":"Ashby library extends its opening hours","source":"Valley Post","url":"https://example.org/library","date":"2024-03-02"}""",
        ]);
        return news;
    }
}
