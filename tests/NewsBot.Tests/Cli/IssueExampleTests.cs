namespace NewsBot.Tests.Cli;

/// <summary>
/// The questions issue 7 reports as answered badly over the samples, and others like them a new user asked, asked as
/// its user asked them: weeks after the news (on 3 December 2026), with the default embedder, through the command a
/// user runs.
/// </summary>
public sealed class IssueExampleTests : IDisposable
{
    private const string AskedAt = "2026-12-03";

    private readonly CliRun cli = new();

    [Theory]
    [InlineData("How much did the library renovation cost?", "6.8 million crowns", "240 million")]
    [InlineData("How high did the River Alder rise?", "peaked at 4.1 metres", "300 homes")]
    [InlineData("Who runs the harbour library?", "Odile Marsh", "Jonas Lind")]
    [InlineData("How many beds does the new children's ward have?", "24-bed children's ward", "Port Ellery Athletic")]
    [InlineData("How many fans watched the cup final?", "6,000 fans", "Skerry")]
    [InlineData("What was the name of the boat that sank?", "the Grey Heron", "Harbour master")]
    [InlineData("what was the boat called that sank near the skerry islands", "the Grey Heron", "Harbour master")]
    [InlineData("what was the sunken boat called", "the Grey Heron", "Harbour master")]
    [InlineData("what was the name of the fishing boat that went down?", "the Grey Heron", "Harbour master")]
    [InlineData("what is the name of the sinking boat", "the Grey Heron", "Harbour master")]
    [InlineData("how long did the ferry stoppage last", "five-day strike", "Island shops")]
    [InlineData("what hospital were the fishermen taken to", "treated for cold at Port Ellery hospital", "Millbrook General")]
    [InlineData("how many people watched the match", "6,000 fans", "library")]
    [InlineData("cup final score", "beating Port Ellery Athletic 2-1", "88th minute")]
    [InlineData("did everyone on the council back the tram", "to 4", "Millbrook")]
    [InlineData("which street's shops are worried about the tram works", "shop owners on Eastfield Road fear two years of roadworks", "Millbrook")]
    [InlineData("how meny homes were evacuatd in Milbrook after the flod", "About 300 homes in Millbrook were evacuated", "ward")]
    [InlineData("who scored the winning goal in the regional cup", "Ida Sund", "Skerry")]
    [InlineData("hey, my cousin lives on the islands - when did the ferries start sailing again after the strike?", "resume on Thursday", "Island shops")]
    [InlineData("what did the courier report about the tram costs", "240 million crowns", "Millbrook")]
    [InlineData("what was decided about the tram on November 16", "to 4", "Millbrook")]
    [InlineData("what happened to the ferries on the 19th of November", "Thursday", "Millbrook")]
    [InlineData("who paid for the childrens ward at millbrook general", "regional health board", "Millbrook General Hospital opened")]
    [InlineData("When does the first ferry leave after the strike?", "the first sailing would leave at 6 am", "union")]
    [InlineData("How much money did the government put into the robot factory?", "grant of 20 million crowns", "tram")]
    [InlineData("I heard there was a big storm, did anyone need rescuing?", "rescued three fishermen", "Millbrook")]
    [InlineData("hey, what was the final score in the cup final?", "2-1", "Skerry")]
    [InlineData("how much of the library's power comes from the solar panels", "about half of the building's electricity", "reopened")]
    [InlineData("how many stops will the eastfield tram have", "adds six stops", "minutes")]
    [InlineData("how many people showed up when the library reopened?", "more than 1,200 people visited", "renovation")]
    [InlineData("how many people voted against the tram", "voted 7 to 4", "Lumen")]
    [InlineData("who is in charge of the harbour", "Harbour master Jonas Lind", "refunds")]
    [InlineData("how many trams stops does the extension add", "adds six stops", "votes")]
    [InlineData("millbrook flod how bad", "About 300 homes in Millbrook were evacuated", "ward")]
    [InlineData("what went wrong with the fishing boat", "lost power and took on water", "Millbrook")]
    [InlineData("what did the opponents of the tram want instead", "cheaper bus lane instead", "Millbrook")]
    [InlineData("where did evacuated people in millbrook stay", "a school gym was opened as a shelter", "ward")]
    [InlineData("did the library install solar panels", "added a solar roof", "tram")]
    [InlineData("what did the lumen boss say", "Chief executive Nils Arvid said", "Millbrook")]
    [InlineData("what did the library boss say", "Chief librarian Odile Marsh said", "tram")]
    [InlineData("what was the attendance at the library reopening", "more than 1,200 people visited", "tram")]
    [InlineData("who is the lumen ceo", "Chief executive Nils Arvid", "Millbrook")]
    [InlineData("what's the name of the lumen ceo", "Chief executive Nils Arvid", "Millbrook")]
    [InlineData("can i get my money back for the cancelled ferry", "can claim refunds at the harbour office", "go back to work")]
    public async Task Ask_IssueExampleOverTheSamples_LeadsWithTheAnswerNotAnotherStory(string question, string answer, string elsewhere)
    {
        var (declined, text) = await AskAsync(question);

        Assert.False(declined, text);
        Assert.Contains(answer, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(elsewhere, FirstClaim(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How deep was the flooding in Millbrook?", "peaked at 4.1 metres")]
    [InlineData("are the ferries running yet", "the first sailing would leave at 6 am")]
    [InlineData("where is the wind farm being built", "wind farm off the Skerry Islands")]
    [InlineData("where is the new factory located", "opened a factory in Eastfield")]
    [InlineData("which town did the new factory open in", "opened a factory in Eastfield")]
    [InlineData("which town is the new factory in", "opened a factory in Eastfield")]
    [InlineData("who speaks for the ferry union", "Union organiser Alma Vik said")]
    [InlineData("what's the cost of the new ward", "The regional health board paid 14 million crowns for it.")]
    [InlineData("when will the river alder flood go down", "Forecasters expect the water to fall slowly over the weekend.")]
    [InlineData("why are shop owners on eastfield road worried", "shop owners on Eastfield Road fear two years of roadworks")]
    [InlineData("what does the ferry union think of the pay deal", "the seafarers' union says the company has overstated the deal")]
    [InlineData("what did the mayor promise about construction", "construction would start next spring")]
    [InlineData("when will the storm warning end", "until Sunday morning (22 November)")]
    [InlineData("storm wind speed", "110 kilometres per hour")]
    [InlineData("robot factory jobs", "employ 400 people")]
    [InlineData("was the union happy with the pay deal", "the seafarers' union says the company has overstated the deal")]
    [InlineData("what did the mayor's office say about the bigger cost figure", "the higher figure counts rolling stock")]
    [InlineData("who lost the regional cup", "beating Port Ellery Athletic 2-1")]
    [InlineData("how much did the library cost", "the renovation cost 6.8 million crowns")]
    [InlineData("did lumen robotics get a grant", "gave a grant of 20 million crowns")]
    [InlineData("did lumen robotics get any money from the government", "gave a grant of 20 million crowns")]
    [InlineData("@newsbot how much did the library cost?", "the renovation cost 6.8 million crowns")]
    [InlineData("can u tell me who the chief exec of lumen robotics is", "Chief executive Nils Arvid")]
    [InlineData("whos the head of the central bank", "Governor Hanna Ekdahl")]
    [InlineData("who is the head of lumen robotics", "Chief executive Nils Arvid")]
    [InlineData("who looks after the harbour library", "Chief librarian Odile Marsh")]
    [InlineData("who is odile marsch", "Chief librarian Odile Marsh")]
    [InlineData("is the tram going ahead", "voted 7 to 4")]
    [InlineData("which team lost the cup final", "beating Port Ellery Athletic 2-1")]
    [InlineData("how many people work at the lumen factory", "employ 400 people")]
    [InlineData("how many ppl visited the library on day one", "more than 1,200 people visited")]
    [InlineData("what was the score", "beating Port Ellery Athletic 2-1")]
    [InlineData("whats inflation in northland at the moment", "prices rose 2.9 percent")]
    [InlineData("were the rescued fishermen ok", "All three were treated for cold at Port Ellery hospital and released.")]
    [InlineData("is everyone safe after the flood", "injuries were reported")]
    [InlineData("did anyone die in the flood", "no injuries were reported")]
    [InlineData("what's special about the renovated library", "solar roof")]
    [InlineData("what's the difference between the gazette and courier tram costs", "The outlets differ on the cost")]
    [InlineData("do the courier and gazette agree on the ferry pay deal", "union says pay deal is smaller than claimed")]
    [InlineData("how fast is the tram compared to the bus", "40 minutes by bus to 18 minutes by tram")]
    [InlineData("millbrook flood height", "peaked at 4.1 metres")]
    [InlineData("how strong was the wind in the storm", "110 kilometres per hour")]
    [InlineData("is it true the ferry workers got 4.5% straight away?", "spread over two years, not paid at once")]
    [InlineData("when do the tram works start", "construction would start next spring")]
    [InlineData("what does the mayor think of the tram", "mayor's office said")]
    [InlineData("what did the union think of the pay deal", "union says the company has overstated the deal")]
    [InlineData("what are the shopkeepers on eastfield road worried about", "shop owners on Eastfield Road fear two years of roadworks")]
    [InlineData("where did the evacuated families go", "about 300 homes in Millbrook were evacuated")]
    [InlineData("give me a quick summary of the rate decision", "kept its main interest rate at 3.25 percent")]
    [InlineData("i'd like a recap of the cup final", "beating Port Ellery Athletic 2-1")]
    [InlineData("how many new tram stops are planned", "the extension adds six stops")]
    [InlineData("how many jobs are expected at the robot factory", "employ 400 people")]
    [InlineData("how many people died in the flood in millbrook", "No injuries were reported.")]
    [InlineData("how many casualties were there in the flood", "no injuries were reported")]
    [InlineData("how does the courier's tram story differ from the gazette's", "The outlets differ on the cost")]
    [InlineData("who pays for the tram extension", "to be shared with the regional transport fund")]
    [InlineData("who is paying for the tram besides the city", "to be shared with the regional transport fund")]
    [InlineData("how did the hospital ward get funded", "the regional health board paid 14 million crowns for it")]
    [InlineData("how was the hospital ward paid for", "the regional health board paid 14 million crowns for it")]
    [InlineData("why do the outlets disagree about the tram cost", "The outlets differ on the cost")]
    [InlineData("who did millbrook rovers play in the final", "beating Port Ellery Athletic 2-1")]
    [InlineData("what happened to the fishermen's boat", "their boat, the Grey Heron, lost power and took on water")]
    [InlineData("who scored in the final", "Striker Ida Sund scored the winner")]
    [InlineData("any sports news", "Millbrook Rovers won the regional cup")]
    [InlineData("why do the reports differ on the tram cost", "The outlets differ on the cost")]
    [InlineData("what's the gap between the two tram cost estimates", "well above the 212 million figure")]
    [InlineData("is the river going down", "Forecasters expect the water to fall slowly over the weekend")]
    [InlineData("libary reno cost", "the renovation cost 6.8 million crowns")]
    [InlineData("wind farm ok'd?", "approved a 48-turbine wind farm")]
    [InlineData("did the union like the deal", "union says the company has overstated the deal")]
    [InlineData("how did the courier and gazette report the tram differently", "The outlets differ on the cost")]
    [InlineData("when will the tram be completed", "Work is expected to finish in 2029")]
    [InlineData("who builds the windfarm", "The developer, Brisk Energy")]
    [InlineData("what did the harbourmaster say", "the first sailing would leave at 6 am")]
    [InlineData("harbourmaster name", "Harbour master Jonas Lind")]
    [InlineData("lumen boss name", "Chief executive Nils Arvid")]
    [InlineData("can you tell me who built the wind farm", "The developer, Brisk Energy")]
    [InlineData("football final score", "beating Port Ellery Athletic 2-1")]
    [InlineData("when might rates be cut", "inflation nearer its 2 percent target before cutting")]
    [InlineData("what time of year will tram work start", "construction would start next spring")]
    [InlineData("when will tram work begin", "Construction is due to begin in the spring")]
    [InlineData("give me a summary of the football", "beating Port Ellery Athletic 2-1")]
    public async Task Ask_QuestionTheStoryAnswersInOtherWords_GivesTheSentenceThatAnswers(string question, string answer)
    {
        var (declined, text) = await AskAsync(question);

        Assert.False(declined, text);
        Assert.Contains(answer, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when did the library reopen", "reopened on Tuesday (10 November) after")]
    [InlineData("when were homes evacuated in millbrook", "evacuated on Wednesday (18 November) after")]
    [InlineData("when did millbrook rovers win the cup", "on Sunday (8 November), beating")]
    public async Task Ask_WhenAskedWeeksAfterAReportGivingAWeekday_SaysWhichDayItWas(string question, string answer)
    {
        var (declined, text) = await AskAsync(question);

        Assert.False(declined, text);
        Assert.Contains(answer, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what did the courier say about the ferry deal", "the seafarers' union says the company has overstated the deal", "the 4.5 percent rise is spread over two years")]
    [InlineData("what did the gazette report about the ferry strike", "ending a five-day strike", "the deal gives crews a 4.5 percent pay rise")]
    [InlineData("what did the northern wire report about the wind farm", "approved a 48-turbine wind farm", "enough electricity for 310,000 homes")]
    public async Task Ask_WhatDidAnOutletSayAboutATopic_GivesMoreThanItsOpeningSentence(string question, string opening, string more)
    {
        var (declined, text) = await AskAsync(question);

        Assert.False(declined, text);
        Assert.Contains(opening, text, StringComparison.Ordinal);
        Assert.Contains(more, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what do the fishermen get for losing their grounds", "the approval requires a compensation fund for them")]
    [InlineData("what are the fishermen getting for the grounds they lose", "the approval requires a compensation fund for them")]
    public Task Ask_LeadingStoryLacksAThingAnotherAnsweringStoryHolds_AnswersFromThatStory(string question, string answer) =>
        AssertAnswersWithoutAsync(question, answer, "rescued");

    [Theory]
    [InlineData("when will the tram be finished")]
    [InlineData("when is the tram going to be finished")]
    public async Task Ask_WhenWillItBeFinished_GivesTheFinishNotTheStartOrAnotherStorysDate(string question)
    {
        var (declined, text) = await AskAsync(question);

        Assert.False(declined, text);
        Assert.Contains("Work is expected to finish in 2029", text, StringComparison.Ordinal);
        Assert.DoesNotContain("due to begin in the spring", text, StringComparison.Ordinal);
        Assert.DoesNotContain("by the end of next year", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which cost more, the library or the children's ward")]
    [InlineData("was the library cheaper than the children's ward?")]
    public async Task Ask_WhichOfTwoCostMore_GivesEachThingsCostFromItsOwnStory(string question)
    {
        var (declined, text) = await AskAsync(question);

        Assert.False(declined, text);
        Assert.StartsWith("The library: According to Harbour Gazette, the renovation cost 6.8 million crowns. [1] The children's ward: ", text, StringComparison.Ordinal);
        Assert.Contains("paid 14 million crowns for it. [2]", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WhichBoatTypedWithTypos_NamesTheBoatFromTheRescueStoryAlone()
    {
        var (declined, text) = await AskAsync("wich boat sank near the skery islands");

        Assert.False(declined, text);
        Assert.Contains("the Grey Heron", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ferry services", text, StringComparison.Ordinal);
        Assert.DoesNotContain("wind farm", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what are people saying about the tram")]
    [InlineData("what do shop owners say about the tram roadworks")]
    public async Task Ask_QuoteSaidByAPronoun_ComesAfterTheSentenceNamingWhoSaidIt(string question)
    {
        var (_, text) = await AskAsync(question);

        var quote = text.IndexOf("she said", StringComparison.Ordinal);
        var named = text.IndexOf("Councillor Petra Holm", StringComparison.Ordinal);
        Assert.True(quote < 0 || (named >= 0 && named < quote), text);
    }

    [Fact]
    public async Task Ask_WhatDidTheMayorsOfficeSay_QuotesTheOfficeBeforeTheEstimate()
    {
        var (declined, text) = await AskAsync("what did the mayors office say about the 240 million figure");

        Assert.False(declined, text);
        var office = text.IndexOf("mayor's office said", StringComparison.Ordinal);
        Assert.True(office >= 0, text);
        var estimate = text.IndexOf("transport department estimate", StringComparison.Ordinal);
        Assert.True(estimate < 0 || office < estimate, text);
    }

    [Theory]
    [InlineData("What did the council decide about the new airport?")]
    [InlineData("What is the price of bitcoin?")]
    [InlineData("What is the unemployment rate in Northland?")]
    [InlineData("Who is the coach of Millbrook Rovers?")]
    [InlineData("How tall are the wind turbines?")]
    [InlineData("What is the name of the helicopter pilot?")]
    [InlineData("When is the next council meeting?")]
    [InlineData("when is the next council meeting about the tram")]
    [InlineData("what is the price of electricity from the wind farm")]
    [InlineData("How much did the new stadium cost?")]
    [InlineData("did the tram vote get challenged in court")]
    [InlineData("what are the opening hours of the harbour library")]
    [InlineData("What is the unemployment rate in Northland, according to the central bank?")]
    [InlineData("How much will tram tickets cost?")]
    [InlineData("does the wind farm need subsidies")]
    [InlineData("what is the new tram line going to be called")]
    [InlineData("When will the River Alder flood defences be finished?")]
    [InlineData("how much do the robots made by lumen cost")]
    [InlineData("who designed the new tram stops")]
    [InlineData("what did the governor say about the ferry deal")]
    [InlineData("what did the mayor say about the ferry strike")]
    [InlineData("how many people voted in the port ellery council election")]
    [InlineData("who won the port ellery marathon")]
    [InlineData("what is lumen robotics' annual revenue")]
    [InlineData("when is the next storm expected")]
    [InlineData("bitcoin price")]
    [InlineData("mayor salary")]
    [InlineData("tram ticket prices")]
    [InlineData("How many people work at the harbour library?")]
    [InlineData("did the hospital cut any jobs")]
    [InlineData("did anyone die in the fire at the port")]
    [InlineData("who is the goalkeeper for millbrook rovers")]
    [InlineData("who won the mayoral election")]
    [InlineData("who won the council election")]
    [InlineData("how many people voted in the election")]
    [InlineData("who is the chief executive of the ferry company")]
    [InlineData("how many trams will run on the new line")]
    [InlineData("who is the head of the regional health board")]
    [InlineData("who is the new chief of the coast guard")]
    [InlineData("who is the head of the children's ward")]
    [InlineData("which company will build the tram")]
    [InlineData("who is the boss of the ferry company")]
    [InlineData("did anyone die in the ferry strike")]
    [InlineData("how many people died in the ferry strike")]
    [InlineData("who is the union leader at lumen robotics")]
    [InlineData("what did the energy agency say about solar power")]
    [InlineData("did the ferry company go bankrupt")]
    [InlineData("did the ferry strike turn violent")]
    [InlineData("who won the basketball final")]
    [InlineData("who won the hockey final")]
    [InlineData("who won the basketball league in millbrook")]
    [InlineData("is there anything on crime in port ellery")]
    [InlineData("how much did lumen robotics pay its ceo")]
    [InlineData("what did the ferry company boss say")]
    public async Task Ask_QuestionTheSamplesDoNotCover_Declined(string question)
    {
        var (declined, text) = await AskAsync(question);

        Assert.True(declined, text);
    }

    [Theory]
    [InlineData("how strong was the wind in the storm", "turbine")]
    [InlineData("when do the tram works start", "Ferry")]
    [InlineData("how many people watched the match", "1,200")]
    public async Task Ask_QuestionSharingAWordWithAnotherStory_NeverQuotesThatStory(string question, string other)
    {
        var (_, text) = await AskAsync(question);

        Assert.DoesNotContain(other, text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Who is building the wind farm?")]
    [InlineData("which company is behind the skerry wind farm")]
    public async Task Ask_WhoIsBehindTheWindFarm_NamesTheDeveloperNotJustThePlace(string question)
    {
        var (declined, text) = await AskAsync(question);

        Assert.False(declined, text);
        Assert.Contains("Brisk Energy", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WhatHappenedToTheFishermenYesterdayTwelveDaysLater_SaysWhenTheNewsIsFrom()
    {
        var (_, text) = await AskAsync("What happened to the fishermen yesterday?");

        Assert.StartsWith("Nothing from yesterday; the latest report is from 21 November 2026.", text, StringComparison.Ordinal);
        Assert.Contains("three fishermen", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what happened in millbrook last month", "18 November: According to Northern Wire, about 300 homes in Millbrook were evacuated")]
    [InlineData("what happened in port ellery last month", "21 November: According to Harbour Gazette, the coast guard rescued three fishermen")]
    public async Task Ask_WhatHappenedInAPlaceTypedInLowerCase_BriefsItsStoriesNewestFirst(string question, string opening)
    {
        var (_, text) = await AskAsync(question);

        Assert.StartsWith(opening, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how much is the tram extension going to cost")]
    [InlineData("how much did the courier say the tram would cost compared to the gazette")]
    public async Task Ask_TramCostAskedOfBothOutlets_QuotesEachOutletsOwnFigure(string question)
    {
        var (declined, text) = await AskAsync(question);

        Assert.False(declined, text);
        Assert.Contains("puts the full cost at 240 million crowns", text, StringComparison.Ordinal);
        Assert.Contains("council put the cost at 212 million crowns", text, StringComparison.Ordinal);
        Assert.DoesNotContain("18 minutes", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what did the courier report on november 17", "17 November: According to Valley Courier, the tram extension to Eastfield passed")]
    [InlineData("what was reported on november 18", "18 November: According to Northern Wire, about 300 homes in Millbrook")]
    [InlineData("news from last month", "20 November: ")]
    [InlineData("what happened two weeks ago", "20 November: ")]
    [InlineData("anything about the ferries this month?", "Nothing from this month; the latest report is from 19 November 2026.")]
    [InlineData("did the ferry strike end in october", "Nothing from October 2026; the latest report is from 19 November 2026.")]
    [InlineData("What did the Bank of Northland do with interest rates back in September?", "Nothing from September 2026; the latest report is from 20 November 2026.")]
    [InlineData("what happened earlier this month", "Nothing from earlier this month; the latest report is from 21 November 2026.")]
    [InlineData("did anything happen yesterday", "Nothing from yesterday; the latest report is from 21 November 2026.")]
    [InlineData("what happened on the 18th", "18 November: According to Northern Wire, about 300 homes in Millbrook were evacuated")]
    [InlineData("what did the courier report last month", "19 November: According to Valley Courier, ferry crews go back to work")]
    [InlineData("is the ferry running tomorrow", "The latest report is from 19 November 2026. According to Harbour Gazette, Harbour master Jonas Lind said the first sailing would leave at 6 am")]
    [InlineData("has anything happened in millbrook this week?", "Nothing from this week; the latest report is from 18 November 2026.")]
    [InlineData("did the wind farm get approved in 2025", "Nothing from 2025; the latest report is from 21 November 2026.")]
    [InlineData("who wrote the gazette story about the tram", "\"Council approves tram extension to Eastfield\" (Harbour Gazette, 16 November 2026) was written by Mara Quill.")]
    [InlineData("who wrote the courier's tram article", "\"Eastfield tram wins narrow vote as costs climb\" (Valley Courier, 17 November 2026) was written by Tomas Reyes.")]
    [InlineData("what did the council decide about the tram on november 30", "Nothing from 30 November 2026; the latest report is from 17 November 2026.")]
    [InlineData("what's new since the 19th", "21 November: According to ")]
    [InlineData("what happened in early november", "10 November: According to Harbour Gazette, the old harbour library reopened")]
    [InlineData("what happened in the first week of november", "5 November: According to Northern Wire, Lumen Robotics opened a factory")]
    [InlineData("list the stories from the valley courier", "Nothing from the past week; the latest report is from 19 November 2026. 19 November: According to Valley Courier, ferry crews go back")]
    [InlineData("what stories did the valley courier publish", "Nothing from the past week; the latest report is from 19 November 2026. 19 November: According to Valley Courier, ferry crews go back")]
    [InlineData("show me the latest articles", "Nothing from the past week; the latest report is from 21 November 2026.")]
    [InlineData("give me the headlines", "Nothing from the past week; the latest report is from 21 November 2026.")]
    [InlineData("news from the last week of november", "Nothing from the last week of November 2026; the latest report is from 21 November 2026.")]
    [InlineData("what was the news on the weekend of 21 november", "21 November: According to ")]
    [InlineData("what did the gazette cover in november", "21 November: According to Harbour Gazette, the coast guard rescued")]
    [InlineData("any news from january", "Nothing from January 2026; the latest report is from 21 November 2026.")]
    [InlineData("what happened in the last 3 weeks", "20 November: ")]
    [InlineData("any news from the past few days", "Nothing from the past few days; the latest report is from 21 November 2026.")]
    [InlineData("what happened since monday", "Nothing since Monday; the latest report is from 21 November 2026.")]
    [InlineData("news from the 20th", "20 November: According to Northern Wire, the Bank of Northland kept")]
    [InlineData("what happened on 18 nov", "18 November: According to Northern Wire, about 300 homes in Millbrook were evacuated")]
    [InlineData("news from 2026-11-18", "18 November: According to Northern Wire, about 300 homes in Millbrook were evacuated")]
    [InlineData("what happened on 18/11", "18 November: According to Northern Wire, about 300 homes in Millbrook were evacuated")]
    [InlineData("anything from the 20th", "20 November: According to Northern Wire, the Bank of Northland kept")]
    [InlineData("what happened the day before yesterday", "Nothing from the day before yesterday; the latest report is from 21 November 2026.")]
    [InlineData("what happened earlier today", "Nothing from today; the latest report is from 21 November 2026.")]
    [InlineData("what stories came out on 21 november", "21 November: According to Harbour Gazette, the coast guard rescued")]
    [InlineData("when was the library story published", "\"Old harbour library reopens with solar roof\" (Harbour Gazette) was published on 10 November 2026. [1]")]
    [InlineData("what's the most recent story", "Nothing from the past week; the latest report is from 21 November 2026. 21 November: ")]
    public async Task Ask_NewsOfATimeAskedAsUsersDo_TellsThatTimesNewsOrSaysThereIsNone(string question, string opening)
    {
        var (declined, text) = await AskAsync(question);

        Assert.False(declined, text);
        Assert.StartsWith(opening, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what happened in november")]
    [InlineData("what were the main stories last month")]
    public async Task Ask_BriefingOfAMonth_LeadsWithTheStoriesBothOutletsReported(string question)
    {
        var (declined, text) = await AskAsync(question);

        Assert.False(declined, text);
        Assert.All(["tram extension to Eastfield", "five-day strike"], story => Assert.Contains(story, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ask_WhatHappenedRecently_TellsTheNewestStoriesFirst()
    {
        var (declined, text) = await AskAsync("what happened recently", "2026-11-21");

        Assert.False(declined, text);
        Assert.StartsWith("21 November: ", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what happened on friday", "2026-11-22", "the Bank of Northland kept its main interest rate", "rescued three fishermen")]
    [InlineData("news from wednesday", "2026-11-22", "about 300 homes in Millbrook were evacuated", "ferry crews go back to work")]
    [InlineData("anything happen over the weekend", "2026-11-17", "children's ward", "voted 7 to 4")]
    public async Task Ask_NewsOfADayAskedDaysLater_LeavesOutTheNextDaysReportsOfAnotherDay(string question, string askedAt, string told, string nextDays)
    {
        var (declined, text) = await AskAsync(question, askedAt);

        Assert.False(declined, text);
        Assert.Contains(told, text, StringComparison.Ordinal);
        Assert.DoesNotContain(nextDays, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("today's headlines", "17 November: According to Valley Courier, the tram extension")]
    [InlineData("todays news", "17 November: According to Valley Courier, the tram extension")]
    [InlineData("yesterday's news", "16 November: According to Harbour Gazette, Port Ellery city council voted")]
    public async Task Ask_NewsOfATimeWrittenAsAPossessive_BriefsThatTime(string question, string opening)
    {
        var (declined, text) = await AskAsync(question, "2026-11-17");

        Assert.False(declined, text);
        Assert.StartsWith(opening, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what did i miss in the last 3 days")]
    [InlineData("what have i missed this week")]
    public async Task Ask_WhatDidIMiss_BriefsTheNewsOfThatTime(string question)
    {
        var (declined, text) = await AskAsync(question, "2026-11-22");

        Assert.False(declined, text);
        Assert.StartsWith("2", text, StringComparison.Ordinal);
        Assert.Contains(" November: According to ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WhoWonOnSundayAskedDaysLaterOfAReportSayingSunday_AnswersWithoutSayingNothingFromSunday()
    {
        var (_, text) = await AskAsync("who won the cup on sunday", "2026-11-13");

        Assert.StartsWith("According to Valley Courier, Millbrook Rovers won the regional cup on Sunday", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WhatHappenedOnAStreetOnlyOneStoryNames_AddsWhatItSaysOfTheStreet()
    {
        var (_, text) = await AskAsync("what happened on mill lane");

        Assert.Contains("300 homes in Millbrook were evacuated", text, StringComparison.Ordinal);
        Assert.Contains("Emergency crews used boats to reach residents on Mill Lane", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WhatHappenedToTheGreyHeronWithNoTimeNamed_DatesTheLatestReport()
    {
        var (_, text) = await AskAsync("What happened to the Grey Heron?");

        Assert.StartsWith("The latest report is from 21 November 2026.", text, StringComparison.Ordinal);
        Assert.Contains("three fishermen", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who objected to the wind farm?", "Fishing groups")]
    [InlineData("when will the wind farm start producing power", "2030")]
    public Task Ask_WhoOrWhenQuestion_DoesNotOpenWithAHeadlineThatOnlyAddsAPlace(string question, string answer) =>
        AssertAnswersWithoutAsync(question, answer, "Offshore wind farm off Skerry Islands approved");

    [Theory]
    [InlineData("who made the decision on interest rates")]
    [InlineData("who took the decision on interest rates")]
    public async Task Ask_WhoDecidedOnSomethingOnlyAnotherStoryHolds_NeverQuotesADecisionAboutTheTram(string question)
    {
        var (_, text) = await AskAsync(question);

        Assert.DoesNotContain("transport decision", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when does the tram open")]
    [InlineData("did the tram open yesterday")]
    public async Task Ask_WhetherTheTramOpened_NotAnsweredByTheFactoryThatOpened(string question)
    {
        var (_, text) = await AskAsync(question);

        Assert.DoesNotContain("Lumen Robotics opened", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("did anyone die in the fishing boat accident", "released")]
    [InlineData("what was the name of the fishing boat that went down?", "the Grey Heron")]
    public Task Ask_AboutTheFishingBoat_CitesNoFloodStoryForItsBoats(string question, string answer) =>
        AssertAnswersWithoutAsync(question, answer, "Mill Lane");

    public void Dispose() => cli.Dispose();

    private async Task<(bool Declined, string Text)> AskAsync(string question, string askedAt = AskedAt)
    {
        using var json = await cli.AskSamplesAsync(question, askedAt);
        return (json.RootElement.GetProperty("declined").GetBoolean(), json.RootElement.GetProperty("answer").GetString()!);
    }

    [Theory]
    [InlineData("why are eastfield shopkeepers unhappy")]
    [InlineData("why are the shopkeepers in eastfield upset about the tram")]
    public Task Ask_WhySomeoneFeelsAsTheyDo_SaysWhatTheyFearNotWhenWorkBegins(string question) =>
        AssertAnswersWithoutAsync(question, "fear two years of roadworks", "due to begin");

    [Theory]
    [InlineData("what did councillor holm say", "\"Nobody asked the people who will lose their trade while the street is dug up,\" she said.")]
    [InlineData("what did the mayor say about the tram", "the most important transport decision this city has made in a generation")]
    public Task Ask_WhatDidSomeoneSay_GivesTheirWordsAndNoOneElses(string question, string answer) =>
        AssertAnswersWithoutAsync(question, answer, "Supporters say");

    /// <summary>Asserts that the question is answered, that the answer holds <paramref name="answer"/> and that it never says <paramref name="without"/>.</summary>
    private async Task AssertAnswersWithoutAsync(string question, string answer, string without)
    {
        var (declined, text) = await AskAsync(question);

        Assert.False(declined, text);
        Assert.Contains(answer, text, StringComparison.Ordinal);
        Assert.DoesNotContain(without, text, StringComparison.Ordinal);
    }

    /// <summary>The answer's first claim: up to its first citation marker.</summary>
    private static string FirstClaim(string text) => text[..(text.IndexOf('[', StringComparison.Ordinal) is var end and > 0 ? end : text.Length)];
}
