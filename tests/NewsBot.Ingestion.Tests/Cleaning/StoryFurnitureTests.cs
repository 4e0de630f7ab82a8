using NewsBot.Ingestion.Cleaning;

namespace NewsBot.Ingestion.Tests.Cleaning;

public sealed class StoryFurnitureTests
{
    private const string Story = "The ferry strike ended on Tuesday after talks between the union and the operator.";

    private readonly ArticleCleaner cleaner = new();

    [Theory]
    [InlineData("More:Harbour council votes to close the old pier")]
    [InlineData("Read more here: Harbour council votes to close the old pier")]
    [InlineData("Related: Harbour council votes to close the old pier")]
    [InlineData("PIER CLOSURE:What the vote means for anglers")]
    [InlineData("'A sad day':Anglers react to the pier vote")]
    [InlineData("Advertisement")]
    [InlineData("2. Did this ad bother you?")]
    [InlineData("Player stalled on the ad Video never loaded Audio on the ad too quiet Ad kept loading Other video issues")]
    [InlineData("Follow Gazette reporter Sam Tern on Twitter: @samtern.")]
    [InlineData("sam.tern@gazette.example")]
    [InlineData("(Get the Harbour Briefing delivered to your inbox each morning. Sign up here.)")]
    [InlineData("We will use the details you have shared to manage your registration. You agree to the processing of this information.")]
    [InlineData("___")]
    [InlineData("– Sam Tern and Jo Bloggs, Harbour Gazette")]
    [InlineData("--Sam Tern")]
    [InlineData("This story has been updated with additional reporting.")]
    [InlineData("Coverage of the coast at the Gazette is made possible in part by a grant from the Tide Trust.")]
    [InlineData("The views expressed in this column are the writer's own and do not necessarily reflect those of the Gazette.")]
    [InlineData("Picks are chosen by our editors. Purchases made through our links may earn us a commission.")]
    [InlineData("© 2024 Harbour Gazette. All rights reserved.")]
    [InlineData("Copyright 2024 Harbour Gazette")]
    public void Clean_StoryFurnitureLine_IsRemovedAndStoryKept(string furniture)
    {
        var cleaned = cleaner.Clean("Ferry strike ends", $"{Story}\n\n{furniture}\n\nTalks resume next week.");

        Assert.Equal([Story, "Talks resume next week."], cleaned.Paragraphs);
    }

    [Theory]
    [InlineData("More than 40 people were stranded: the last boat left at noon.")]
    [InlineData("Fact check: the operator said the claim was false.")]
    [InlineData("Watch the pier closely, the harbour master told anglers.")]
    [InlineData("The story has deep roots in the town, where the pier was built in 1890.")]
    [InlineData("She said the ad campaign, which ran on video and audio channels, had loaded costs onto the content budget.")]
    [InlineData("Regulators said the processing of personal data by the app broke the law.")]
    [InlineData("- Safety checks were completed.")]
    [InlineData("The meeting starts at 10:30 on Monday.")]
    public void Clean_StoryLineResemblingFurniture_IsKept(string paragraph)
    {
        var cleaned = cleaner.Clean("Ferry strike ends", $"{Story}\n\n{paragraph}");

        Assert.Equal([Story, paragraph], cleaned.Paragraphs);
    }

    [Fact]
    public void Clean_BodyOnlyAdFeedbackForm_LeavesEmptyBodyAndTitle()
    {
        var body = "1. How useful was this ad to you?\n\nVideo player was slow Video never loaded Ad froze Video did not start after ad Audio on ad was too loud Other issues";

        var cleaned = cleaner.Clean("Pier closes after council vote", body);

        Assert.Equal("Pier closes after council vote", cleaned.Title);
        Assert.Empty(cleaned.Paragraphs);
    }

    [Theory]
    [InlineData("HGN —", "HGN")]
    [InlineData("Port Ellen, Islay HGN Business —", "HGN Business")]
    [InlineData("(HGN) The ferry strike ended on Tuesday after talks between the union and the operator, officials said.", "HGN")]
    [InlineData("PORT ELLEN (Wirepress) — The ferry strike ended on Tuesday after talks between the union and the operator.", "Wirepress")]
    public void Clean_OutletDatelineOpeningStory_NamesOutlet(string opening, string outlet)
    {
        var cleaned = cleaner.Clean("Ferry strike ends", $"{opening}\n\n{Story}");

        Assert.Equal(outlet, cleaned.Outlet);
        Assert.Contains(Story, cleaned.Paragraphs);
    }

    [Fact]
    public void Clean_OutletDatelineAfterOpening_IsNotMetadata()
    {
        var cleaned = cleaner.Clean("Ferry strike ends", $"{Story} {Story}\n\nHGN —");

        Assert.Null(cleaned.Outlet);
    }
}
