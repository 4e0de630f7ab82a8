using NewsBot.Ingestion.Cleaning;

namespace NewsBot.Ingestion.Tests.Cleaning;

public sealed class ArticleCleanerTests
{
    private readonly ArticleCleaner cleaner = new();

    [Theory]
    [InlineData("Share on Facebook")]
    [InlineData("Copy link")]
    [InlineData("Share this article via email")]
    [InlineData("Home News Europe")]
    [InlineData("News › World › Europe")]
    [InlineData("Already a member? Log in")]
    [InlineData("Sign up for our free morning newsletter and get the headlines in your inbox")]
    [InlineData("We use cookies to improve your experience on our site.")]
    [InlineData("Accept all cookies")]
    [InlineData("We will only use the information you have provided to send you our weekly briefing, as set out in our privacy notice.")]
    [InlineData("By signing up you agree to the processing of your email address for this newsletter.")]
    [InlineData("To object to our use of your details for offers like these, tick this box.")]
    [InlineData("'We' includes the Gazette and its sister titles listed here.")]
    [InlineData("{{headline}}")]
    [InlineData("Image: Harbour Authority.")]
    [InlineData("The ferry leaving port at dawn (Jo Bloggs/Wire Agency)")]
    public void Clean_FurnitureLine_IsRemovedAndStoryKept(string furniture)
    {
        var cleaned = cleaner.Clean("Ferry strike ends", $"{furniture}\n\nThe ferry strike ended on Tuesday after talks between the union and the operator.");

        Assert.Equal(["The ferry strike ended on Tuesday after talks between the union and the operator."], cleaned.Paragraphs);
    }

    [Theory]
    [InlineData("He said he would become a member of the Cabinet within a year, a promise he kept.")]
    [InlineData("By Sunday evening, crowds had gathered outside the town hall.")]
    [InlineData("The share price fell on Monday as investors sold.")]
    [InlineData("Regulators said websites use many tracking tools.")]
    [InlineData("The regulator said the company had failed to tell users how their data would be used.")]
    public void Clean_OrdinaryParagraph_IsKept(string paragraph)
    {
        var cleaned = cleaner.Clean("Title", paragraph);

        Assert.Equal([paragraph], cleaned.Paragraphs);
    }

    [Fact]
    public void Clean_HeadingFollowedByHeadlineList_CutsTheSection()
    {
        var body = "The council met on Monday to agree the budget for the coming year.\n\nTrending now\n\nBakery wins national award\nRoadworks close bridge for a week\nSchool choir tours Norway\nNew bus route for the east of town\n\nThe budget passed by six votes to four.";

        var cleaned = cleaner.Clean("Budget passed", body);

        Assert.Equal(["The council met on Monday to agree the budget for the coming year.", "The budget passed by six votes to four."], cleaned.Paragraphs);
    }

    [Fact]
    public void Clean_RankedListWithoutHeading_IsCut()
    {
        var body = "The council met on Monday to agree the budget for the coming year.\n\n1\nBakery wins national award\n2\nRoadworks close bridge\n3\nSchool choir tours Norway";

        var cleaned = cleaner.Clean("Budget passed", body);

        Assert.Equal(["The council met on Monday to agree the budget for the coming year."], cleaned.Paragraphs);
    }

    [Fact]
    public void Clean_BylineAndDateline_BecomeMetadata()
    {
        var cleaned = cleaner.Clean("Budget passed", "By Jane Doe\n14 November 2024, 9:15 am\n\nThe council agreed the budget.");

        Assert.Equal("Jane Doe", cleaned.Byline);
        Assert.Equal(new DateTimeOffset(2024, 11, 14, 0, 0, 0, TimeSpan.Zero), cleaned.Dateline);
        Assert.Equal(["The council agreed the budget."], cleaned.Paragraphs);
    }

    [Fact]
    public void Clean_CaptionShownTwice_IsDropped()
    {
        var cleaned = cleaner.Clean("Budget passed", "Councillors in the chamber\nCouncillors in the chamber\n\nThe council agreed the budget.");

        Assert.Equal(["The council agreed the budget."], cleaned.Paragraphs);
    }

    [Fact]
    public void Clean_PlaceholderTitle_RecoversHeadlineFromBody()
    {
        var cleaned = cleaner.Clean("[[title]]", "Council agrees budget after long night\n\nThe council agreed the budget.");

        Assert.Equal("Council agrees budget after long night", cleaned.Title);
        Assert.Equal(["The council agreed the budget."], cleaned.Paragraphs);
    }

    [Theory]
    [InlineData("Press Association", "Press Association")]
    [InlineData("Jane Doe, Reuters", "Reuters")]
    [InlineData("AFP", "AFP")]
    [InlineData("Jane Doe", null)]
    [InlineData("Ria Jones", null)]
    public void OrganisationIn_Byline_NamesOnlyOrganisations(string byline, string? expected) =>
        Assert.Equal(expected, MetadataRules.OrganisationIn(byline));
}
