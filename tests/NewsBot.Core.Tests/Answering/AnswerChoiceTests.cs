using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.Retrieval;
using NewsBot.Core.Storage;
using NewsBot.Core.Text;
using NewsBot.Testing.Fakes;

namespace NewsBot.Core.Tests.Answering;

/// <summary>
/// Which articles and sentences an answer takes, given fixed retrieval: a near-tied second report of one event is
/// cited only if its own sentence answers at least as well, and a fact told over two sentences, or found away
/// from the best-scored sentence, is answered rather than declined.
/// </summary>
public sealed class AnswerChoiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly CancellationToken token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnswerAsync_RunnerUpAnswersMoreFully_CitesBoth()
    {
        var retriever = new FixedRetriever(
            Article("photos", "Pictures from the Kestrel launch", 1.0, "The Kestrel rocket lifted off from the coast on Wednesday morning."),
            Article("launch", "Kestrel crew heads for the Meridian station", 0.75, "The Kestrel rocket lifted off on Wednesday carrying four crew to the Meridian space station."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Where is the crew of the Kestrel rocket that lifted off on Wednesday going?"), token);

        Assert.Equal(["photos", "launch"], answer.Citations.Select(c => c.ArticleId));
        Assert.Contains("Meridian space station. [2]", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_RunnerUpAnswersLessWell_CitesOnlyTheBest()
    {
        var retriever = new FixedRetriever(
            Article("launch", "Kestrel crew heads for the Meridian station", 1.0, "The Kestrel rocket lifted off on Wednesday carrying four crew to the Meridian space station."),
            Article("photos", "Pictures from the Kestrel launch", 0.7, "The Kestrel rocket lifted off from the coast on Wednesday morning."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Where is the crew of the Kestrel rocket that lifted off on Wednesday going?"), token);

        var cited = Assert.Single(answer.Citations);
        Assert.Equal("launch", cited.ArticleId);
    }

    [Fact]
    public async Task AnswerAsync_LatestOnATopicAsked_CitesNoFurtherStoryThatOnlyMentionsIt()
    {
        var retriever = new FixedRetriever(
            Article("vote", "Eastfield tram wins narrow vote", 1.0, "The tram extension to Eastfield passed city council by 7 votes to 4 on Monday."),
            Article("factory", "Lumen Robotics opens factory with 400 jobs", 0.9, "Chief executive Nils Arvid said the company chose Port Ellery for the planned tram line."),
            Article("council", "Council approves tram extension", 0.8, "Port Ellery city council voted on Monday to extend the tram line to Eastfield."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("what's the latest with the tram"), token);

        Assert.Contains("vote", answer.Citations.Select(c => c.ArticleId));
        Assert.DoesNotContain("factory", answer.Citations.Select(c => c.ArticleId));
    }

    [Fact]
    public async Task AnswerAsync_RunnerUpSharesOnlyTheQuestionsNames_CitesOnlyTheBest()
    {
        var retriever = new FixedRetriever(
            Article("rescue", "Coast guard rescues three fishermen", 1.0,
                "The coast guard rescued three fishermen from a sinking boat north of the Skerry Islands on Saturday. Their boat, the Grey Heron, lost power."),
            Article("ferry", "Ferry strike ends", 0.8,
                "Ferry services between Port Ellery and the Skerry Islands will resume on Thursday after workers accepted a new pay offer."))
        {
            Unknown = ["sank", "near"],
        };

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Which boat sank near the Skerry Islands?"), token);

        var cited = Assert.Single(answer.Citations);
        Assert.Equal("rescue", cited.ArticleId);
    }

    [Fact]
    public async Task AnswerAsync_WhoDidItAskedAndTheDoerIsUnnamed_QuotesTheSentenceWithTheVerb()
    {
        var retriever = new FixedRetriever(
            Article("ward", "Millbrook hospital opens new children's ward", 1.0,
                "Millbrook General Hospital opened a 24-bed children's ward on Friday. The ward has a play area. The regional health board paid 14 million crowns for it."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Who paid for the children's ward?"), token);

        Assert.Contains("regional health board paid 14 million crowns", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_WhenWillAskedAndOnlyAFarLessNearArticleGivesADate_DeclinesNamingTheNearOne()
    {
        var retriever = new FixedRetriever(
            Article("rates", "Central bank holds interest rates", 1.0,
                "The central bank kept interest rates at 3.25 percent, saying it wanted inflation lower before it would cut rates."),
            Article("tram", "Tram extension approved", 0.3,
                "Fare rates will be cut when the tram opens next spring."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("When will interest rates be cut?"), token);

        Assert.True(answer.Declined);
        Assert.Equal("rates", answer.Nearest[0].ArticleId);
    }

    [Fact]
    public async Task AnswerAsync_WhatTimeAskedAndAnotherSentenceGivesADay_LeadsWithTheTimeOfDay()
    {
        var retriever = new FixedRetriever(
            Article("ferry", "Ferry strike ends", 1.0,
                "Ferry services to the islands will resume on Thursday, ending the strike. "
                + "The harbour master said the first sailing would leave at 6 am."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("What time is the first ferry after the strike?"), token);

        Assert.StartsWith("According to Coast Herald, the harbour master said the first sailing would leave at 6 am.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_UntilWhatTimeWillAsked_AnswersWithTheTimeOfDay()
    {
        var retriever = new FixedRetriever(
            Article("library", "Ashby library extends its opening hours", 1.0,
                "Ashby library will open until eight in the evening on weekdays from April, the town council said. "
                + "The longer hours follow a survey of readers."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Until what time will Ashby library open on weekdays?"), token);

        Assert.False(answer.Declined);
        Assert.Contains("until eight in the evening", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_WhenWillAskedOfAStoryGivingOnlyPastDays_Declines()
    {
        var retriever = new FixedRetriever(
            Article("flood", "River Alder floods Millbrook", 1.0,
                "About 300 homes in Millbrook were evacuated on Wednesday after the River Alder burst its banks. The river flood peaked on Thursday."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("When will the River Alder flood defences be finished?"), token);

        Assert.True(answer.Declined);
    }

    [Fact]
    public async Task AnswerAsync_WhoDidItAskedAndAnotherSentenceHasAFullName_QuotesTheSentenceWithTheVerbFirst()
    {
        var retriever = new FixedRetriever(
            Article("ward", "Millbrook hospital opens new children's ward", 1.0,
                "Millbrook General Hospital opened a 24-bed children's ward on Friday, sending no more young patients to Port Ellery. "
                + "The ward has a play area. The regional health board paid 14 million crowns for it."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Who paid for the new children's ward?"), token);

        Assert.StartsWith("According to Coast Herald, the regional health board paid 14 million crowns", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_WhoDidItAskedOfAStoryThatNeverSaysTheVerb_DeclinesThoughItNamesSomeone()
    {
        var retriever = new FixedRetriever(
            Article("library", "Old harbour library reopens with solar roof", 1.0,
                "The old harbour library reopened on Tuesday after a renovation that added a new solar roof. "
                + "Chief librarian Odile Marsh said more than 1,200 people visited on the first day."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Who designed the new library roof?"), token);

        Assert.True(answer.Declined);
        Assert.Equal("library", answer.Nearest[0].ArticleId);
    }

    [Fact]
    public async Task AnswerAsync_WhoDidItAskedOfAStorySayingItInOtherWords_Answers()
    {
        var retriever = new FixedRetriever(
            Article("rescue", "Coast guard rescues three fishermen", 1.0,
                "A coast guard helicopter lifted three fishermen out of the sea after their boat sank."));

        var answer = await Service(retriever, RewritingEmbedder.SameMeaning("pulled", "lifted")).AnswerAsync(new AnswerRequest("Who pulled the fishermen out of the sea?"), token);

        Assert.False(answer.Declined);
        Assert.Contains("coast guard helicopter lifted", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_WhatDidTheySayAboutACost_QuotesTheSayingNotTheSum()
    {
        var retriever = new FixedRetriever(
            Article("tram", "Eastfield tram wins narrow vote as costs climb", 1.0,
                "An estimate puts the full cost at 240 million crowns, above the 212 million cost figure of the mayor. "
                + "The mayor's office said the higher figure counts trams that would be bought anyway."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("What did the mayor's office say about the higher cost figure?"), token);

        Assert.StartsWith("According to Coast Herald, the mayor's office said the higher figure", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_HarmAskedOfAnEventTheLeadTells_AddsHowThePeopleFared()
    {
        var retriever = new FixedRetriever(
            Article("rescue", "Coast guard rescues three fishermen", 1.0,
                "The coast guard rescued three fishermen from a sinking fishing boat north of the Skerry Islands on Saturday. "
                + "A helicopter lifted the men from the water. All three were treated for cold at Port Ellery hospital and released."))
        {
            Unknown = ["hurt"], // no indexed article holds it
        };

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("was anyone hurt when the fishing boat sank"), token);

        Assert.False(answer.Declined, answer.Text);
        Assert.Contains("All three were treated for cold", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_WhereWasItDoneAsked_QuotesTheSentenceWithTheVerb()
    {
        var retriever = new FixedRetriever(
            Article("rescue", "Coast guard rescues three fishermen", 1.0,
                "The coast guard rescued three fishermen from a sinking boat north of the Skerry Islands on Saturday. "
                + "A helicopter lifted the men from the water. All three were treated for cold at Port Ellery hospital and released."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Where were the rescued fishermen treated?"), token);

        Assert.Contains("treated for cold at Port Ellery hospital", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_WhereAskedAndAnotherSentenceHasOtherNames_LeadsWithTheNameAfterAWordOfPlace()
    {
        var retriever = new FixedRetriever(
            Article("show", "Fashion show returns", 1.0,
                "The fashion show will feature the models Ana Berg, Lise Moe and Karin Dahl, who all began their careers on the catwalks of the valley before moving abroad to work for famous designers. "
                + "The fashion show will be broadcast on Friday night from Port Ellery."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Where is the fashion show?"), token);

        Assert.StartsWith("According to Coast Herald, the fashion show will be broadcast on Friday night from Port Ellery", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_WhereAskedAndTheStreetFollowsOn_LeadsWithTheStreetNotTheDay()
    {
        var retriever = new FixedRetriever(
            Article("show", "Fashion show returns", 1.0,
                "The fashion show will open on Friday with the models Ana Berg, Lise Moe and Karin Dahl, who all began their careers on the catwalks of the valley before moving abroad to work for famous designers. "
                + "The fashion show will be held on Harbour Street."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Where is the fashion show?"), token);

        Assert.StartsWith("According to Coast Herald, the fashion show will be held on Harbour Street", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_WhichStateAskedAndOtherSentencesNamePeople_QuotesTheSentenceNamingAState()
    {
        var retriever = new FixedRetriever(
            Article("storm", "Storm Hale updates: floods and rescues", 1.0,
                "Governor Dana Reyes said everyone badly hit by Storm Hale should stay indoors, keep away from swollen rivers and fallen power lines, check on elderly neighbours, and listen to the guidance of local officials until the water falls and the roads are cleared by the crews working through the night. "
                + "Storm Hale flooded towns across southern Oregon on Sunday evening, prompting rescues from rivers that rose faster than at any time in forty years."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Which state was badly hit by Storm Hale?"), token);

        Assert.Contains("Storm Hale flooded towns across southern Oregon", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_WhichFilmAskedAndAnotherSentenceNamesOthers_LeadsWithTheTitleInQuotes()
    {
        var retriever = new FixedRetriever(
            Article("films", "Summer films: the biggest hit of each year", 1.0,
                "To find the biggest summer blockbuster of each year since 1975, Box Office Tracker counted the ticket sales at cinemas across the country. "
                + "Many critics point to the release of \"Harbour Shark\" in 1975, with long queues at every cinema, as the birth of the summer blockbuster."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Which film is seen as the first summer blockbuster?"), token);

        Assert.StartsWith("According to Coast Herald, many critics point to the release of \"Harbour Shark\"", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_WhatDidTheySayAsked_LeadsWithTheirSaidNotAnotherSaying()
    {
        var retriever = new FixedRetriever(
            Article("rates", "Central bank holds its rate", 1.0,
                "The central bank kept its main rate at 3.25 percent on Friday, saying inflation was falling slowly. "
                + "Governor Hanna Ekdahl said prices rose 2.9 percent in the year to October."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("What did the governor say?"), token);

        Assert.StartsWith("According to Coast Herald, Governor Hanna Ekdahl said", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_FactSpreadOverTwoSentences_AnswersInsteadOfDeclining()
    {
        var retriever = new FixedRetriever(
            Article("strike", "Skerry services halted", 1.0, "Harbour Line ferry crews walked off the job at dawn. Both island routes stayed shut on Monday."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Which island routes did the Harbour Line ferry walkout close on Monday morning?"), token);

        Assert.False(answer.Declined);
        Assert.Contains("Both island routes stayed shut on Monday.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_FigureAndContextInDifferentSentences_AnswersInsteadOfDeclining()
    {
        var retriever = new FixedRetriever(
            Article("crew", "Storm aftermath", 1.0, "The Eastport flood swept through the harbour on Friday. Afterwards the Skerry lifeboat crew asked for help. By Sunday 40 volunteers had signed up."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("How many volunteers joined the Skerry lifeboat crew after the Eastport flood?"), token);

        Assert.False(answer.Declined);
        Assert.Contains("40 volunteers", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_QuestionWithPreamble_QuotesTheSentenceThatAnswersTheAskingPart()
    {
        var retriever = new FixedRetriever(
            Article("senator", "Senator Vale will not seek another term", 1.0,
                "Senator Maren Vale said on Tuesday she will not run again, ending a long career. "
                + "Party leaders in the capital were told of the decision earlier. "
                + "Vale was first elected in 1996 after two terms as mayor."));

        var answer = await Service(retriever).AnswerAsync(
            new AnswerRequest("Senator Maren Vale will not run again. What year was she first elected?"), token);

        Assert.False(answer.Declined);
        Assert.StartsWith("According to Coast Herald, Vale was first elected in 1996", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_NameOnlyDescribesTheAnswer_AnswersFromTheStoryNamingIt()
    {
        var retriever = new FixedRetriever(
            Article("witches", "Lawmakers weigh pardons for accused witches", 1.0,
                "Massachusetts lawmakers are weighing a bill that would exonerate everyone accused of witchcraft in the state in the 1690s."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Which US state is considering exonerating accused witches?"), token);

        Assert.False(answer.Declined);
        Assert.Contains("Massachusetts", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_DescribedKindAbsentFromTheStory_Declines()
    {
        var retriever = new FixedRetriever(
            Article("millipede", "Scientists name a millipede after a singer", 1.0,
                "Scientists have named a newly discovered millipede after a singer, in recognition of her talent as a songwriter and author."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Which Icelandic volcano did scientists name after a children's author?"), token);

        Assert.True(answer.Declined);
    }

    [Fact]
    public async Task AnswerAsync_HeadlineRestatesTheQuestion_LeadsWithTheStorysSentence()
    {
        var retriever = new FixedRetriever(
            Article("wind", "Offshore wind farm off Skerry Islands approved", 1.0,
                "The national energy agency approved a 48-turbine wind farm off the Skerry Islands on Saturday."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Who approved the offshore wind farm?"), token);

        Assert.StartsWith("According to Coast Herald, the national energy agency approved", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Offshore wind farm off Skerry Islands approved", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_HeadlineOpensWithTheNameAsked_QuotesTheHeadlineBeforeTheSentence()
    {
        var retriever = new FixedRetriever(
            Article("cinema", "Lumora to charge by the seat", 1.0,
                "The country's largest cinema chain announced on Monday that ticket prices will depend on where the seat is. "
                + "Seats near the screen will cost less. Analysts said Lumora has struggled since 2020."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Which cinema chain announced that ticket prices will depend on the seat?"), token);

        Assert.StartsWith("Lumora to charge by the seat. [1] According to Coast Herald, the country's largest cinema chain", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_HeadlineOfADigest_LeadsWithTheStorysSentence()
    {
        var retriever = new FixedRetriever(
            Article("digest", "5 things to know for July 5: Shooting, Ukraine, Jayland Walker", 1.0,
                "The Eiffel Tower in Paris is reportedly riddled with rust and badly in need of repairs. "
                + "It is instead being given a paint job before the Olympics."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Which iconic landmark is reportedly riddled with rust?"), token);

        Assert.StartsWith("According to Coast Herald, the Eiffel Tower in Paris", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_HeadlineOpensWithAnOrdinaryWord_LeadsWithTheStorysSentence()
    {
        var retriever = new FixedRetriever(
            Article("cinema", "Cinema ticket prices will depend on the seat", 1.0,
                "The country's largest cinema chain announced on Monday that ticket prices will depend on where the seat is. "
                + "Seats near the screen will cost less, the chain said."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Which cinema chain announced that ticket prices will depend on the seat?"), token);

        Assert.StartsWith("According to Coast Herald, the country's largest cinema chain", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_HeadlineGivesTheSumInDollars_QuotesTheHeadline()
    {
        var retriever = new FixedRetriever(
            Article("fine", "Photo app Snapwell fined $400 million over children's data", 1.0,
                "The data regulator fined Snapwell 405 million euros over its handling of children's data on Friday."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("How much was Snapwell fined over children's data?"), token);

        Assert.Contains("$400 million", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(
        "A four-year-old boy broke a 3,500-year-old jar at a museum in Norland last week. "
            + "The 3,500-year-old jar had stood by the entrance, where the four-year-old broke it. "
            + "The accident happened at the Arken Museum, its manager Ines Holm said.",
        "A four-year-old broke a 3,500-year-old jar at which museum?",
        "at a museum in Norland last week. [1]",
        "Arken Museum")]
    [InlineData(
        "The university agreed with the Education Department to ban transgender women from its women's teams. "
            + "The inquiry into the University of Halden had run since March.",
        "Which US university agreed to ban transgender women from its women's teams?",
        "from its women's teams. [1]",
        "University of Halden")]
    [InlineData(
        "When reporters asked on Tuesday whether the region would consider giving new parents some kind of baby bonus when they have a child, "
            + "the governor said the baby bonus sounded like a good idea to her before moving quickly on to questions about the harbour and the ferries. "
            + "She said the baby bonus could rise to 5,000 crowns per child, though the details would have to be worked out with the regional council over the coming months.",
        "How much is the proposed baby bonus for new parents?",
        "questions about the harbour and the ferries. [1]",
        "5,000 crowns per child")]
    public async Task AnswerAsync_LeadLacksTheKindAsked_AddsTheSentenceHoldingItEvenPastTheWordLimit(string text, string question, string lead, string named)
    {
        var retriever = new FixedRetriever(Article("story", "What happened", 1.0, text));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest(question), token);

        Assert.Contains(lead, answer.Text, StringComparison.Ordinal);
        Assert.Contains(named, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.4, true)]
    [InlineData(0.2, false)]
    public async Task AnswerAsync_LowerArticleAnswersClearlyBetter_CitedWhenNotFarBelow(double share, bool cited)
    {
        var retriever = new FixedRetriever(
            Article("final", "Sarina Wiegman's national team reach the Euro final", 1.0, "Sarina Wiegman's England team beat Sweden 4-0 to reach the final of the Euro."),
            Article("coach", "England face Germany at Wembley", share, "Head coach Sarina Wiegman led her native Netherlands to victory at Euro 2017."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Sarina Wiegman led which national team to victory at Euro 2017?"), token);

        Assert.Equal("final", answer.Citations[0].ArticleId);
        Assert.Equal(cited, answer.Text.Contains("Netherlands", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnswerAsync_RunnerUpAnswersBetterAfterALongLead_QuotedPastTheWordLimit()
    {
        var retriever = new FixedRetriever(
            Article("launch", "Kestrel rocket lifts off", 1.0,
                "The Kestrel rocket lifted off from the coast on Wednesday morning with its crew of four after two delays caused by strong winds over the launch site and a fault in a fuel valve. "
                + "The Kestrel crew waved to the crowd of several thousand people who had gathered along the beach and on the cliffs to watch the rocket climb into a clear sky on Wednesday."),
            Article("station", "Kestrel crew on their way", 0.6,
                "The Kestrel crew of four lifted off on Wednesday for the Meridian space station, where they will live and work for six months."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Where is the Kestrel crew that lifted off on Wednesday going?"), token);

        Assert.Contains("Meridian space station", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_KeyWordsOnlyWordedOtherwiseByTheStory_AnswersFromIt()
    {
        var retriever = new FixedRetriever(SolarLibrary());
        var embedder = new RewritingEmbedder(v => v switch { "sun" => "solar", "power" => "electricity", _ => v });

        var answer = await Service(retriever, embedder).AnswerAsync(new AnswerRequest("How much of the library's power comes from the sun?"), token);

        Assert.False(answer.Declined, answer.Text);
        Assert.Contains("about half of the building's electricity", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_ShareAskedGivenOnlyByAStoryFurtherDown_AnswersFromIt()
    {
        var retriever = new FixedRetriever(
            Article("forecast", "Eclipse forecast for Tuesday", 1.0,
                "The total solar eclipse will cross the country on Monday, and forecasters expect clear skies for most of the population along its path."),
            Article("path", "Path of the total solar eclipse", 0.95,
                "The total solar eclipse will be seen along a narrow path, where the population will have four minutes of darkness."),
            Article("maps", "Eclipse maps of the path", 0.9,
                "Maps show where the population will see the total solar eclipse and for how long."),
            Article("world", "Who will see the eclipse", 0.85,
                "Only 0.55% of the world's population will be able to see the total solar eclipse."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("What percentage of the population will see the total solar eclipse?"), token);

        Assert.False(answer.Declined, answer.Text);
        Assert.Contains("0.55%", answer.Text, StringComparison.Ordinal);
        Assert.Equal("world", answer.Citations[0].ArticleId);
    }

    [Fact]
    public async Task AnswerAsync_StoryHoldingTheKeyWordsLacksTheName_AnswersFromOneWordingThemOtherwise()
    {
        var retriever = new FixedRetriever(
            Article("storm", "Storm hits the coast", 1.0,
                "The weather service kept a storm warning for the coast in place until Sunday morning."),
            Article("flood", "River Alder floods Millbrook", 0.9,
                "About 300 homes in Millbrook were evacuated on Wednesday. Millbrook residents were taken to a school gym. "
                + "Forecasters expect the water to fall slowly over the weekend."),
            Article("ward", "Millbrook hospital opens ward", 0.8,
                "Millbrook General Hospital opened a children's ward. Millbrook families had travelled to Port Ellery before."))
        {
            Unknown = ["forecast"], // no indexed article holds it
        };
        var embedder = new RewritingEmbedder(v => v == "forecast" ? "forecasters" : v);

        var answer = await Service(retriever, embedder).AnswerAsync(new AnswerRequest("what's the weather forecast for millbrook"), token);

        Assert.False(answer.Declined, answer.Text);
        Assert.Contains("Forecasters expect the water to fall slowly", answer.Text, StringComparison.Ordinal);
        Assert.Equal("flood", Assert.Single(answer.Citations).ArticleId);
    }

    [Fact]
    public async Task AnswerAsync_KeyWordsNeitherHeldNorMeantByTheStory_Declines()
    {
        var retriever = new FixedRetriever(SolarLibrary());

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("How much of the library's power comes from the sun?"), token);

        Assert.True(answer.Declined, answer.Text);
    }

    [Fact]
    public async Task AnswerAsync_LeadLeavesTheRestOfTheQuestionUnsaid_AddsTheSentenceSayingIt()
    {
        var retriever = new FixedRetriever(
            Article("flood", "River floods Millbrook", 1.0,
                "About 300 homes in Millbrook were evacuated after the river flood on Wednesday. "
                + "Crews used boats to reach residents on Mill Lane. No injuries were reported."))
        {
            Unknown = ["anyone", "get", "hurt"], // no indexed article holds them
        };
        var embedder = RewritingEmbedder.SameWord("hurt", "injuries");

        var answer = await Service(retriever, embedder).AnswerAsync(new AnswerRequest("Did anyone get hurt in the Millbrook flood?"), token);

        Assert.Contains("No injuries were reported. [1]", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_ThingIsPartOfWhatTheStoryReports_AnswersWhenItComesNearTheStorysWords()
    {
        var retriever = CupFinal();
        var embedder = RewritingEmbedder.SameMeaning("replay", "won cup match"); // 0.58 to "won" and to "cup"

        var answer = await Service(retriever, embedder).AnswerAsync(new AnswerRequest("How many fans watched the cup replay?"), token);

        Assert.False(answer.Declined);
        Assert.Contains("6,000 fans", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_ThingIsPartOfWhatTheStoryReportsMisspelt_Answers()
    {
        var retriever = new FixedRetriever(CupFinal().Articles)
        {
            Unknown = ["wer", "replay"],
            Corrections = new Dictionary<string, string> { ["cupp"] = "cup" },
        };
        var embedder = RewritingEmbedder.SameMeaning("replay", "won cup match");

        var answer = await Service(retriever, embedder).AnswerAsync(new AnswerRequest("how many fans wer at the cupp replay"), token);

        Assert.Contains("6,000 fans", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_ThingAsNearButNotPartOfWhatTheStoryHolds_Declines()
    {
        var embedder = RewritingEmbedder.SameMeaning("replay", "won cup match");

        var answer = await Service(CupFinal(), embedder).AnswerAsync(new AnswerRequest("How many fans watched the replay?"), token);

        Assert.True(answer.Declined);
    }

    [Fact]
    public async Task AnswerAsync_ThingIsPartOfWhatTheStoryReportsButFarFromItsWords_Declines()
    {
        var answer = await Service(CupFinal(), RewritingEmbedder.Unrelated("replay")).AnswerAsync(new AnswerRequest("How many fans watched the cup replay?"), token);

        Assert.True(answer.Declined);
    }

    [Fact]
    public async Task AnswerAsync_WhoQuestionHeadlineGivesOnlyAFigure_LeadsWithTheStorysSentence()
    {
        var retriever = new FixedRetriever(
            Article("rates", "Central bank holds interest rate at 3.25 percent", 1.0,
                "Governor Hanna Ekdahl said the bank wanted to see inflation nearer its target before cutting."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Who is the governor of the central bank?"), token);

        Assert.StartsWith("According to Coast Herald, Governor Hanna Ekdahl said", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_WhyQuestionHeadlineGivesOnlyNames_LeadsWithTheStorysSentence()
    {
        var retriever = new FixedRetriever(
            Article("wind", "Offshore wind farm off Skerry Islands approved", 1.0,
                "The national energy agency approved a wind farm on Saturday. "
                + "Fishing groups had objected that the turbines would close part of their grounds."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("why did fishing groups object to the wind farm"), token);

        Assert.StartsWith("According to Coast Herald, Fishing groups had objected", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_WhenAskedLeadingArticleGivesNoDate_LeadsWithTheOneThatDoes()
    {
        var retriever = new FixedRetriever(
            Article("factory", "Lumen Robotics opens factory", 1.0,
                "Lumen Robotics opened a factory that will employ 400 people, near the planned tram line."),
            Article("tram", "Council approves tram extension", 0.95,
                "The council approved the tram extension on Monday. Work on the tram is expected to finish in 2029."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("When will the tram open?"), token);

        Assert.Equal(["tram"], answer.Citations.Select(c => c.ArticleId));
        Assert.Contains("finish in 2029", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Is the river in Millbrook still flooding?")]
    [InlineData("What's the latest on the river in Millbrook?")]
    [InlineData("Is the river in Millbrook flooding again?")]
    public async Task AnswerAsync_StillAskedReportIsWeeksOld_SaysFromWhen(string question)
    {
        var retriever = new FixedRetriever(RiverFlood() with { Published = Now.AddDays(-15) });

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest(question), token);

        Assert.StartsWith("The latest report is from 5 November 2026. According to Coast Herald", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_NameOfAThingOnlyAnotherStoryNamesItsKindOf_Declines()
    {
        var retriever = new FixedRetriever(
            Article("ferry", "Ferry strike ends after five days", 1.0,
                "Ferry services resume on Thursday after workers accepted a new pay offer. The ferry company said the deal gives crews a 4.5 percent pay rise."),
            Article("factory", "Lumen Robotics opens factory", 0.9,
                "Lumen Robotics opened a factory in Eastfield on Thursday. Chief executive Nils Arvid said the company chose Port Ellery for its port."))
        {
            Unknown = ["name"], // no indexed article holds it
        };

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("What is the name of the ferry company?"), token);

        Assert.True(answer.Declined, answer.Text);
    }

    [Fact]
    public async Task AnswerAsync_MeasureAskedOtherOutletGivesNone_AnswersFromTheOneThatGivesIt()
    {
        var vote = Article("vote", "Tram extension passes council vote", 0.95, "The tram journey will take riders to the harbour, after council voted for the tram by 7 votes to 4.")
            with { Outlet = "Valley Courier" };
        var retriever = new FixedRetriever(
            Article("journey", "Tram to cut journey to harbour", 1.0, "The tram will cut the journey to the harbour from 40 minutes by bus to 18 minutes."),
            vote);

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("How long will the tram journey take?"), token);

        Assert.Equal(["journey"], answer.Citations.Select(c => c.ArticleId));
        Assert.Contains("18 minutes", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_WhatAnOutletSays_LeadsWithWhatItReportsNotWithWhatSomeoneSays()
    {
        var retriever = new FixedRetriever(
            Article("tram", "Council approves tram extension", 1.0,
                "Supporters say the tram will cut the journey from 40 minutes to 18 minutes. Council put the cost at 212 million crowns."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("What does the Coast Herald say the tram will cost?"), token);

        Assert.StartsWith("According to Coast Herald, Council put the cost at 212 million crowns.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_StillAskedNewerReportCitedSecond_SaysTheNewestReportsDate()
    {
        var newer = Article("flood-update", "Millbrook river falls", 0.9, "The river in Millbrook fell below its banks on Sunday, and residents of 300 homes returned.")
            with { Outlet = "Valley Courier", Published = Now.AddDays(-5) };
        var retriever = new FixedRetriever(RiverFlood() with { Published = Now.AddDays(-15) }, newer);

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Is the river in Millbrook still flooding?"), token);

        Assert.Equal(["flood", "flood-update"], answer.Citations.Select(c => c.ArticleId));
        Assert.StartsWith("The latest report is from 15 November 2026.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_StillAskedReportIsFromYesterday_AnswersWithoutADate()
    {
        var answer = await Service(new FixedRetriever(RiverFlood())).AnswerAsync(new AnswerRequest("Is the river in Millbrook still flooding?"), token);

        Assert.StartsWith("According to Coast Herald", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who voted against the tram?", "Petra Holm")]
    [InlineData("How long will the tram take from Eastfield?", "18 minutes")]
    public async Task AnswerAsync_OtherThanTheCostAskedOutletsDifferOnTheCost_DoesNotSaySo(string question, string answered)
    {
        var retriever = new FixedRetriever(
            Article("gazette", "Council approves tram", 1.0,
                "Councillor Petra Holm voted against the tram from Eastfield, which will take 18 minutes and which the council says will cost 212 million crowns."),
            Article("courier", "Tram vote passes", 0.95,
                "Councillor Petra Holm voted against the tram from Eastfield, which will take 18 minutes and which an estimate puts at 240 million crowns.") with { Outlet = "Valley Courier" });

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest(question), token);

        Assert.Contains(answered, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("differ", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What did the Harbour Gazette say about the tram cost?", "Harbour Gazette", "212 million", "240 million")]
    [InlineData("what does the valley courier say the tram will cost", "Valley Courier", "240 million", "212 million")]
    public async Task AnswerAsync_QuestionNamesAnOutlet_AnswersFromThatOutletOnly(string question, string outlet, string said, string notSaid)
    {
        var retriever = new FixedRetriever(
            Article("gazette", "Council approves tram", 1.0,
                "The council voted 7 to 4 for the tram to Eastfield. The council says the tram will cost 212 million crowns.") with { Outlet = "Harbour Gazette" },
            Article("courier", "Tram vote passes", 0.95,
                "The tram to Eastfield passed by 7 votes to 4. An estimate puts the tram's cost at 240 million crowns.") with { Outlet = "Valley Courier" })
        {
            Unknown = ["gazette", "courier"], // outlets' names are in no article's text
        };

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest(question), token);

        Assert.False(answer.Declined);
        Assert.Equal(question, answer.Question);
        Assert.Contains($"According to {outlet}", answer.Text, StringComparison.Ordinal);
        Assert.Contains(said, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(notSaid, answer.Text, StringComparison.Ordinal);
        Assert.All(answer.Citations, c => Assert.Equal(outlet, c.Outlet));
    }

    [Theory]
    [InlineData("What's going on with the ferries?", "going")]
    [InlineData("any updates on the ferries?", "updates")]
    [InlineData("what's the deal with the ferries", "deal")]
    [InlineData("what's the situation with the ferries", "situation")]
    public async Task AnswerAsync_WhatsGoingOnWithATopic_AnswersFromItsStory(string question, string unknown)
    {
        var retriever = new FixedRetriever(
            Article("ferry", "Ferry strike ends after five days", 1.0,
                "Ferries to the Skerry Islands resume on Thursday after workers accepted a new pay offer, ending a five-day strike."))
        {
            Unknown = [unknown], // no indexed article holds it
        };

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest(question), token);

        Assert.False(answer.Declined);
        Assert.Contains("five-day strike", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_CostOfAThingTheArticleNeverMentions_Declines()
    {
        var retriever = new FixedRetriever(
            Article("tram", "Tram costs climb", 1.0, "An estimate puts the full cost of the new tram at 240 million crowns."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("How much did the new school cost?"), token);

        Assert.True(answer.Declined);
    }

    [Fact]
    public async Task AnswerAsync_OtherOutletLacksTheThingAsked_NotCited()
    {
        var retriever = new FixedRetriever(
            HarbourLibrary(),
            Article("ferry", "Ferry strike ends", 0.9,
                "Harbour master Jonas Lind said extra crossings would run over the weekend.") with { Outlet = "Valley Courier" });

        // Wide enough that no word of the ferry story shares a dimension with "library": none of them means it.
        var answer = await Service(retriever, new WordEmbedder(dimensions: 256)).AnswerAsync(new AnswerRequest("Who runs the harbour library?"), token);

        Assert.Equal(["library"], answer.Citations.Select(c => c.ArticleId));
        Assert.DoesNotContain("Jonas Lind", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_OtherOutletHoldsTheThingAsked_CitedBeside()
    {
        var retriever = new FixedRetriever(
            HarbourLibrary(),
            Article("courier", "Library back after renovation", 0.9,
                "Odile Marsh, who runs the harbour library, welcomed readers back.") with { Outlet = "Valley Courier" });

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Who runs the harbour library?"), token);

        // The outlet whose leading sentence names who runs it comes first; the other is cited beside it.
        Assert.Equal(["courier", "library"], answer.Citations.Select(c => c.ArticleId));
        Assert.StartsWith("According to Valley Courier, Odile Marsh, who runs the harbour library", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_OtherOutletSharesOnlyAWordOfTheQuestion_NotCited()
    {
        var retriever = new FixedRetriever(
            Article("flood", "River floods Millbrook", 1.0, "The river peaked at 4.1 metres, higher than anyone had seen it get."),
            Article("ferry", "Ferry crews return to work", 0.9, "Members accepted the deal to get the islands supplied before winter.") with { Outlet = "Valley Courier" })
        {
            Unknown = ["high"],
        };
        var embedder = RewritingEmbedder.Unrelated("islands");

        var answer = await Service(retriever, embedder).AnswerAsync(new AnswerRequest("How high did the river get?"), token);

        Assert.Equal(["flood"], answer.Citations.Select(c => c.ArticleId));
    }

    [Fact]
    public async Task AnswerAsync_WhoQuestionLeadSentenceNamesNoOne_AddsTheSentenceNamingThePerson()
    {
        var retriever = new FixedRetriever(
            Article("ferries", "Harbour Line ferries sail again", 1.0,
                "Harbour Line ferries resumed service on Monday after the five-day strike. "
                + "Managing director Lena Voss said timetables would be back to normal by Friday."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Who runs Harbour Line ferries?"), token);

        Assert.False(answer.Declined);
        Assert.StartsWith("According to Coast Herald, Harbour Line ferries resumed service", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Managing director Lena Voss said", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_WhoQuestionLeadSentenceNamesThePerson_QuotesItAlone()
    {
        var retriever = new FixedRetriever(
            Article("ferries", "Harbour Line ferries sail again", 1.0,
                "Managing director Lena Voss said Harbour Line ferries resumed service on Monday after the five-day strike. "
                + "The company's chair Ola Berg thanked passengers for their patience."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("Who runs Harbour Line ferries?"), token);

        Assert.Contains("Lena Voss", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ola Berg", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_CostAskedArticleGivesNoSum_Declines()
    {
        var retriever = new FixedRetriever(WindFarmWithoutSum());

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("How much will the Skerry wind farm cost?"), token);

        Assert.True(answer.Declined);
        Assert.Empty(answer.Citations);
    }

    [Theory]
    [InlineData("What time does the harbour library open?", "The old harbour library reopened on Tuesday after an 18-month renovation. Chief librarian Odile Marsh said 1,200 people came.", null)]
    [InlineData("What time does the harbour library open?", "The old harbour library reopened on Tuesday after an 18-month renovation. The library opens at 9 am on weekdays.", "9 am")]
    [InlineData("What did Ida Sund say after the cup win?", "Millbrook Rovers won the regional cup on Sunday. Striker Ida Sund scored the winner in the 88th minute.", null)]
    [InlineData("What did Ida Sund say after the cup win?", "Millbrook Rovers won the regional cup on Sunday. Striker Ida Sund said the win was for the fans.", "was for the fans")]
    public async Task AnswerAsync_TimeOfDayOrSayingAsked_AnswersOnlyFromAStoryThatGivesIt(string question, string text, string? answered)
    {
        var retriever = new FixedRetriever(Article("story", "Local news", 1.0, text));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest(question), token);

        Assert.Equal(answered is null, answer.Declined);
        if (answered is not null)
        {
            Assert.Contains(answered, answer.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnswerAsync_CostAskedRunnerUpGivesTheSum_AnswersFromIt()
    {
        var retriever = new FixedRetriever(
            WindFarmWithoutSum(),
            Article("budget", "Wind farm budget set", 0.6, "The Skerry wind farm will cost 1.2 billion crowns to build, the developer said."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("How much will the Skerry wind farm cost?"), token);

        Assert.False(answer.Declined);
        Assert.Contains("1.2 billion crowns", answer.Text, StringComparison.Ordinal);
        Assert.Equal("budget", answer.Citations[0].ArticleId);
    }

    [Fact]
    public async Task AnswerAsync_AskersOwnWordsInNoArticle_AnswersFromTheSentenceThatHasTheRest()
    {
        var retriever = new FixedRetriever(
            Article("flood", "River Alder floods Millbrook", 1.0,
                "About 300 homes in Millbrook were evacuated on Wednesday. The river peaked at 4.1 metres, the highest level since records began in 1968."))
        {
            Unknown = ["right", "going", "back"],
        };

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("That river record, right? Records going back to when?"), token);

        Assert.False(answer.Declined);
        Assert.Contains("1968", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_ThingInNoArticle_StillDeclines()
    {
        var retriever = new FixedRetriever(
            Article("tram", "Council approves tram extension", 1.0, "The council approved the tram extension on Monday by 7 votes to 4."))
        {
            Unknown = ["airport"],
        };

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("What did the council decide about the airport?"), token);

        Assert.True(answer.Declined);
    }

    [Fact]
    public async Task AnswerAsync_WhenWillQuestion_QuotesTheDateAhead()
    {
        var retriever = new FixedRetriever(
            Article("wind", "Offshore wind farm approved", 1.0,
                "The energy agency approved the Skerry wind farm on Saturday after a three-year planning process. "
                + "The developer says the farm will open in 2030 and power 310,000 homes."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("When is the Skerry wind farm supposed to start running?"), token);

        Assert.Contains("2030", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_WhenWillQuestion_SkipsADateOnlySharingASentenceWithWill()
    {
        var retriever = new FixedRetriever(
            Article("tram", "Eastfield tram wins narrow vote", 1.0,
                "The Eastfield tram extension passed council on Monday, but opponents warn it will cost far more. "
                + "Construction of the Eastfield tram is due to begin in the spring."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("When will the Eastfield tram be built?"), token);

        Assert.Contains("due to begin in the spring", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_MeasureAskedRunnerUpGivesIt_AnswersFromIt()
    {
        var retriever = new FixedRetriever(
            Article("vote", "Eastfield tram wins narrow vote", 1.0, "The tram extension to Eastfield passed city council by 7 votes to 4 on Monday."),
            Article("plan", "Council approves tram extension to Eastfield", 0.8, "The tram extension to Eastfield adds six stops and 5.2 kilometres of track."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("How long is the tram extension to Eastfield?"), token);

        Assert.Equal("plan", answer.Citations[0].ArticleId);
        Assert.Contains("5.2 kilometres", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_HowManyCountedThingWordedOtherwise_QuotesTheFigureThatCountsIt()
    {
        var retriever = new FixedRetriever(
            Article("wind", "Offshore wind farm approved", 1.0,
                "The energy agency approved a 48-turbine wind farm off the Skerry Islands on Saturday after a three-year process. "
                + "The developer says the farm will produce enough electricity for 310,000 homes."));
        var embedder = RewritingEmbedder.SameMeaning("households", "homes");

        var answer = await Service(retriever, embedder).AnswerAsync(new AnswerRequest("How many households can the Skerry wind farm supply?"), token);

        Assert.Contains("310,000 homes", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_HowManyAskedArticleCountsSomethingElse_Declines()
    {
        var retriever = new FixedRetriever(
            Article("rescue", "Coast guard rescues three fishermen as storm hits coast", 1.0,
                "The coast guard rescued three fishermen on Saturday as a storm brought winds of up to 110 kilometres per hour to the coast. "
                + "Their boat lost power and took on water. All three were treated for cold and released."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("How many homes lost power in the storm on the coast?"), token);

        Assert.True(answer.Declined);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task AnswerAsync_HowManyAskedRunnerUpCountsIt_AnswersFromIt()
    {
        var retriever = new FixedRetriever(
            Article("rescue", "Coast guard rescues three fishermen as storm hits coast", 1.0,
                "The coast guard rescued three fishermen on Saturday as a storm brought winds of up to 110 kilometres per hour to the coast. "
                + "Their boat lost power and took on water."),
            Article("grid", "Storm cuts power along the coast", 0.6, "The storm left 4,200 homes on the coast without power on Saturday night."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("How many homes lost power in the storm on the coast?"), token);

        Assert.False(answer.Declined);
        Assert.Equal("grid", answer.Citations[0].ArticleId);
        Assert.Contains("4,200 homes", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_HowManyAskedArticleGivesABareCount_Answers()
    {
        var retriever = new FixedRetriever(
            Article("vote", "Eastfield tram wins narrow vote", 1.0, "The council backed the Eastfield tram extension 7 to 4 on Monday."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("How many councillors backed the Eastfield tram extension?"), token);

        Assert.False(answer.Declined);
        Assert.Contains("7 to 4", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_HowDidQuestion_AddsTheStorysNextSentenceThatTellsHow()
    {
        var retriever = new FixedRetriever(
            Article("rescue", "Coast guard rescues three fishermen as storm hits coast", 1.0,
                "The coast guard rescued three fishermen from a sinking boat north of the Skerry Islands on Saturday. "
                + "A helicopter lifted the men from the water after their boat lost power. "
                + "The weather service kept a storm warning in place until Sunday morning."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("How did the coast guard get the three fishermen out of the sea?"), token);

        Assert.Contains("A helicopter lifted the men from the water", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("storm warning", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("were any of the fishermen hurt in the storm")]
    [InlineData("were there any casualties among the fishermen")]
    [InlineData("were the fishermen injured")]
    public async Task AnswerAsync_WhetherAnyoneCameToHarmAsked_QuotesHowThePeopleFared(string question)
    {
        var retriever = new FixedRetriever(
            Article("rescue", "Coast guard rescues three fishermen in storm", 1.0,
                "The coast guard rescued three fishermen from a sinking boat in the storm on Saturday. "
                + "The storm brought winds of up to 110 kilometres per hour to the coast. "
                + "All three were treated for cold at the harbour hospital and released."));

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest(question), token);

        Assert.False(answer.Declined, answer.Text);
        Assert.Contains("treated for cold", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_WhatIsSpecialAboutAThing_AnswersWithWhatTheStorySaysOfIt()
    {
        var retriever = new FixedRetriever(
            Article("library", "Old harbour library reopens", 1.0,
                "The renovated harbour library reopened on Tuesday with a solar roof and a reading room."))
        {
            Unknown = ["special"], // no indexed article holds it
        };

        var answer = await Service(retriever).AnswerAsync(new AnswerRequest("What's special about the renovated library?"), token);

        Assert.False(answer.Declined, answer.Text);
        Assert.Contains("solar roof", answer.Text, StringComparison.Ordinal);
    }

    /// <summary>A flood report that does not say whether the river still floods.</summary>
    private static RetrievedArticle RiverFlood() =>
        Article("flood", "River floods Millbrook", 1.0, "The river in Millbrook flooded about 300 homes, and the water is expected to fall slowly.");

    /// <summary>The library's reopening, saying how much of its electricity its solar panels give without "sun" or "power".</summary>
    private static RetrievedArticle SolarLibrary() =>
        Article("library", "Old harbour library reopens", 1.0,
            "The old harbour library reopened on Tuesday after an 18-month renovation. "
            + "The solar panels are expected to cover about half of the building's electricity.");

    /// <summary>The library's reopening, naming who runs it.</summary>
    private static RetrievedArticle HarbourLibrary() =>
        Article("library", "Old harbour library reopens", 1.0,
            "The old harbour library reopened on Tuesday. Chief librarian Odile Marsh said 1,200 people visited.");

    /// <summary>A match report that never says "replay"; no indexed article does.</summary>
    private static FixedRetriever CupFinal() =>
        new(Article("cup", "Millbrook Rovers win regional cup", 1.0,
            "Millbrook Rovers won the regional cup on Sunday, beating Port Ellery Athletic 2-1 in front of 6,000 fans."))
        {
            Unknown = ["watched", "replay"],
        };

    /// <summary>A story that gives figures and speaks of cost, but names no sum.</summary>
    private static RetrievedArticle WindFarmWithoutSum() =>
        Article("wind", "Offshore wind farm approved", 1.0,
            "The energy agency approved a 48-turbine wind farm off the Skerry Islands on Saturday. "
            + "The farm will cost the region nothing in its first years and power 310,000 homes.");

    private static ExtractiveAnswerService Service(IRetriever retriever, IEmbeddingGenerator<string, Embedding<float>>? embedder = null) =>
        new(retriever, embedder ?? new WordEmbedder(), new InMemoryChunkStore(), Options.Create(new AnswerOptions()), NullLogger<ExtractiveAnswerService>.Instance);

    /// <summary>An embedder that embeds each text as <paramref name="rewrite"/> makes it: a way to say what means what.</summary>
    private sealed class RewritingEmbedder(Func<string, string> rewrite) : IEmbeddingGenerator<string, Embedding<float>>
    {
        private readonly WordEmbedder inner = new();

        /// <summary>The first word, standing alone as a text, means the second ("households" as "homes").</summary>
        public static RewritingEmbedder SameMeaning(string word, string meaning) => new(v => v == word ? meaning : v);

        /// <summary>The first word means the second wherever it stands in a text ("hurt" as "injuries").</summary>
        public static RewritingEmbedder SameWord(string word, string meaning) => new(v => string.Join(' ', v.Split(' ').Select(w => w == word ? meaning : w)));

        /// <summary>A text holding <paramref name="marker"/> means nothing like any other.</summary>
        public static RewritingEmbedder Unrelated(string marker) => new(v => v.Contains(marker, StringComparison.Ordinal) ? "zyxwv" : v);

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
            inner.GenerateAsync(values.Select(rewrite), options, cancellationToken);

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose() => inner.Dispose();
    }

    private static RetrievedArticle Article(string id, string title, double score, string text) =>
        new(id, title, "Coast Herald", Now.AddDays(-1), $"https://news.example/{id}", score,
            [new ChunkHit(id + "#0", id, 0, text, title, "Coast Herald", Now.AddDays(-1), $"https://news.example/{id}", score)]);

    private sealed class FixedRetriever(params RetrievedArticle[] articles) : IRetriever
    {
        public RetrievedArticle[] Articles => articles;

        /// <summary>The question's words that no indexed article holds.</summary>
        public IReadOnlyList<string> Unknown { get; init; } = [];

        /// <summary>Misspelt words of the question and the indexed words read for them.</summary>
        public IReadOnlyDictionary<string, string> Corrections { get; init; } = new Dictionary<string, string>();

        public Task<RetrievalResult> RetrieveAsync(RetrievalRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(new RetrievalResult(request.Question, Now, null, [.. articles.Where(a => request.Filter.Outlets.Count == 0 || request.Filter.Outlets.Contains(a.Outlet))])
            {
                Keywords = [.. Terms.Keywords(request.Question).Select(w => Corrections.GetValueOrDefault(w, w))],
                Unknown = Unknown,
                Corrections = Corrections,
            });
    }
}
