using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class QuestionThingsTests
{
    [Fact]
    public void Among_WordsAfterADeterminer_AreThings() =>
        Assert.Equal(["basketball", "final", "airport"], QuestionThings.Among("Who won the basketball final at the new airport?", ["won", "basketball", "final", "airport"]));

    [Fact]
    public void Among_VerbsAdverbsAndAskingNouns_AreNot() =>
        Assert.Empty(QuestionThings.Among("What was the name of the fishing boat that went down?", ["name", "went", "down"]));

    [Theory]
    [InlineData("so the council voted on the tram, what was the result?", "result")]
    [InlineData("what was the outcome of the tram vote", "outcome")]
    [InlineData("what caused the fishermen's boat to sink", "caused")]
    [InlineData("what prompted the ferry strike", "prompted")]
    [InlineData("hey what's the deal with the wind farm", "deal")]
    [InlineData("what is the matter with the ferries", "matter")]
    [InlineData("what do economists think about the rate decision", "decision")]
    [InlineData("what's the gap between the two tram cost estimates", "gap")]
    [InlineData("what's the difference between the two tram cost estimates", "difference")]
    [InlineData("why do the outlets disagree about the tram cost", "disagree")]
    [InlineData("why do the reports differ on the tram cost", "reports")]
    public void Among_WordsThatAskRatherThanName_AreNot(string question, string word)
    {
        Assert.DoesNotContain(word, QuestionThings.Among(question, [word, "tram", "boat", "strike", "farm", "ferries"]));
        Assert.DoesNotContain(word, QuestionThings.HeadsAmong(question, [word, "tram", "boat", "strike", "farm", "ferries"]));
    }

    [Fact]
    public void Among_BareSubjectBeforeGoingTo_IsAThing() =>
        Assert.Contains("tickets", QuestionThings.Among("how much are tram tickets going to cost", ["tram", "tickets", "cost"]));

    [Fact]
    public void Among_NounAfterWhichEndingInEed_IsAThing() =>
        Assert.Contains("breed", QuestionThings.Among("which breed won the dog show", ["breed", "show"]));

    [Theory]
    [InlineData("Who pays for the tram besides the city?", "besides")]
    [InlineData("What did the opponents of the tram want instead?", "instead")]
    [InlineData("Who voted for the tram except the mayor?", "except")]
    public void Among_PrepositionAfterAThing_IsNot(string question, string word) =>
        Assert.DoesNotContain(word, QuestionThings.Among(question, ["tram", "city", "opponents", "mayor", word]));

    [Theory]
    [InlineData("what did the mayor's office say about the bigger cost figure", "bigger")]
    [InlineData("which outlet gave the larger estimate", "larger")]
    [InlineData("when do the newest trams arrive", "newest")]
    [InlineData("is the hospital building a bigger ward", "bigger")]
    [InlineData("was there an earlier vote on the tram", "earlier")]
    public void Among_WordThatComparesAThing_IsNot(string question, string word) =>
        Assert.DoesNotContain(word, QuestionThings.Among(question, [word, "office", "cost", "figure", "outlet", "estimate", "trams", "hospital", "ward"]));

    [Theory]
    [InlineData("who is the river warden", "warden")]
    [InlineData("what did the council's printer cost", "printer")]
    public void Among_NounEndingLikeAComparison_IsAThing(string question, string noun) =>
        Assert.Contains(noun, QuestionThings.Among(question, [noun, "river", "council"]));

    [Theory]
    [InlineData("who made the decision on interest rates", "rates")]
    [InlineData("what did the council say about the vote on bus lanes", "lanes")]
    public void HeadsAmong_NounEndingTheQuestionAfterAPrepositionAndAWordDescribingIt_IsAThing(string question, string head) =>
        Assert.Contains(head, QuestionThings.HeadsAmong(question, ["decision", "interest", "rates", "council", "vote", "bus", "lanes"]));

    [Theory]
    [InlineData("is there anything on crime in port ellery", "crime")]
    [InlineData("any news on housing?", "housing")]
    public void Among_WordAfterARequestAndOn_IsAThing(string question, string word) =>
        Assert.Contains(word, QuestionThings.Among(question, [word, "port", "ellery"]));

    [Theory]
    [InlineData("did the ferries arrive in good time", "time")]
    [InlineData("did the library reopen on schedule", "schedule")]
    public void HeadsAmong_IdiomOrBareNounAfterAPreposition_IsNoHead(string question, string word) =>
        Assert.DoesNotContain(word, QuestionThings.HeadsAmong(question, ["ferries", "good", "time", "library", "schedule"]));

    [Theory]
    [InlineData("who's the head of the central bank", "head")]
    [InlineData("Who is the boss of Lumen Robotics?", "boss")]
    [InlineData("who is the leader of the union", "leader")]
    public void Among_LeaderAskedWithWho_IsNot(string question, string word) =>
        Assert.DoesNotContain(word, QuestionThings.Among(question, [word, "central", "bank", "union"]));

    [Theory]
    [InlineData("who is the new chief of the coast guard", true)]
    [InlineData("who's the boss of Lumen Robotics", true)]
    [InlineData("who is the harbour master", false)]
    [InlineData("who runs the head office", false)]
    public void AsksForALeader_RoleQuestion_TrueOnlyForALeadersNoun(string question, bool expected) =>
        Assert.Equal(expected, QuestionThings.AsksForALeader(question));

    [Theory]
    [InlineData("who runs the coastguard", true)]
    [InlineData("ok so who actually runs the bank of northland", true)]
    [InlineData("who coaches port ellery athletic", true)]
    [InlineData("who is in charge of the harbour", true)]
    [InlineData("who's the boss of Lumen Robotics", true)]
    [InlineData("who ran the marathon", false)]
    [InlineData("how long does the tram run", false)]
    public void AsksWhoLeads_Question_TrueForALeadersNounOrAVerbOfLeading(string question, bool expected) =>
        Assert.Equal(expected, QuestionThings.AsksWhoLeads(question));

    [Theory]
    [InlineData("who runs the coastguard", "run")]
    [InlineData("who is in charge of the harbour", "charg")]
    [InlineData("who's the boss of Lumen Robotics", null)]
    public void LeadingVerb_Question_IsTheStemOfItsVerbOfLeading(string question, string? expected) =>
        Assert.Equal(expected, QuestionThings.LeadingVerb(question));

    [Theory]
    [InlineData("who is the union leader at lumen robotics", "union")]
    [InlineData("who is the hospital boss", "hospital")]
    [InlineData("who is the boss of Lumen Robotics?", null)]
    [InlineData("who is the union organiser", null)]
    public void LeadersKind_LeaderAskedForWithAWordBeforeIt_IsThatWord(string question, string? kind) =>
        Assert.Equal(kind, QuestionThings.LeadersKind(question, QuestionNames.Of(question)));

    [Fact]
    public void Among_LeaderNotAskedWithWho_IsAThing() =>
        Assert.Contains("head", QuestionThings.Among("What happened to the head of the robot?", ["head", "robot"]));

    [Theory]
    [InlineData("did the hospital cut any jobs", "hospital")]
    [InlineData("will the ferry company raise fares again", "company")]
    [InlineData("did the council reject the bus lane", "council")]
    public void HeadsAmong_SubjectBeforeACommonVerb_IsAThing(string question, string subject) =>
        Assert.Contains(subject, QuestionThings.HeadsAmong(question, [subject, "jobs", "fares", "bus", "lane"]));

    [Theory]
    [InlineData("did anyone die in the fire at the port", "fire")]
    [InlineData("will the ban on fishing hurt the islands", "ban")]
    public void Among_NounAfterTheThatIsAlsoAVerb_IsAThing(string question, string noun) =>
        Assert.Contains(noun, QuestionThings.Among(question, [noun, "port", "fishing", "islands"]));

    [Fact]
    public void Among_WordsForTheNewsItself_AreNot() =>
        Assert.Equal(["ferry", "strike"], QuestionThings.Among("What do the papers say about the ferry strike?", ["papers", "ferry", "strike"]));

    [Fact]
    public void Among_WordsGradingTheFigureAsked_AreNot() =>
        Assert.Equal(["wind"], QuestionThings.Among("What was the top wind speed, and the total cost?", ["top", "wind", "total"]));

    [Fact]
    public void Among_WordAskingForWhateverTheThingIs_IsNot() =>
        Assert.DoesNotContain("feature", QuestionThings.Among("what's the library's new feature for kids", ["library", "feature", "kids"]));

    [Fact]
    public void Among_WordDoubtingTheFigureGiven_IsNot() =>
        Assert.Equal(["cost", "tram"], QuestionThings.Among("what's the real cost of the tram according to the courier", ["real", "cost", "tram"]));

    [Fact]
    public void Among_WordSayingWhichVersionOfTheNextIsMeant_IsNot() =>
        Assert.Equal(["score", "final"], QuestionThings.Among("What was the final score, and who scored in the final?", ["final", "score"]));

    [Fact]
    public void Among_LightVerb_IsNot() =>
        Assert.Equal(["ferries"], QuestionThings.Among("Where are the ferries going to?", ["ferries", "going"]));

    [Fact]
    public void Topics_LastWordOfAHelpedSubjectBeforeItsVerb_IsATopic() =>
        Assert.Contains("factory", QuestionThings.Topics("What will the new Eastfield factory make?", ["eastfield", "factory", "make"]));

    [Fact]
    public void Among_VerbFormBeforeTo_IsNot() =>
        Assert.Empty(QuestionThings.Among("When is the wind farm supposed to start running?", ["supposed", "running"]));

    [Fact]
    public void Among_AdverbWithoutAnAdverbsEnding_IsNot() =>
        Assert.DoesNotContain("still", QuestionThings.Among("Is the river still flooding?", ["river", "still", "flooding"]));

    [Theory]
    [InlineData("is the tram going ahead", "ahead")]
    [InlineData("are the ferry crews back at work, or still away", "away")]
    public void Among_AdverbOfDirection_IsNot(string question, string word) =>
        Assert.DoesNotContain(word, QuestionThings.Among(question, ["going", "crews", word]));

    [Fact]
    public void HeadsAmong_SubjectBeforeTheVerbOfAHelpedQuestion_IsAHead()
    {
        Assert.Equal(["school"], QuestionThings.HeadsAmong("How much did the new school cost?", ["new", "school", "cost"]));
        Assert.Contains("library", QuestionThings.HeadsAmong("What time does the library open on Saturdays?", ["library", "open", "saturdays"]));
    }

    [Fact]
    public void HeadsAmong_NounBeforeANounWithoutAHelpingVerb_IsNot() =>
        Assert.Equal(["stops"], QuestionThings.HeadsAmong("How many are the tram stops?", ["tram", "stops"]));

    [Fact]
    public void Among_ThingAfterOf_IsAThing() =>
        Assert.Equal(["bitcoin"], QuestionThings.Among("What is the price of bitcoin today?", ["bitcoin"]));

    [Fact]
    public void Among_WordAfterAComma_IsNotInTheDeterminersPhrase() =>
        Assert.Equal(["record"], QuestionThings.Among("The river hit a record, right? Records going back to when?", ["record", "right", "going", "back"]));

    [Fact]
    public void Among_AdverbsAndTheMoment_AreNot() =>
        Assert.Equal(["winds"], QuestionThings.Among("How strong did the winds actually get, and how fast are prices going up at the moment?", ["winds", "actually", "moment"]));

    [Fact]
    public void Among_BareNounEndingTheQuestionAfterAPreposition_IsAThing() =>
        Assert.Equal(["court"], QuestionThings.Among("did the tram vote get challenged in court", ["challenged", "court"]));

    [Theory]
    [InlineData("How many homes were evacuated in total?", "total")]
    [InlineData("Is the tram going ahead for sure?", "sure")]
    [InlineData("Which team is the best by far?", "far")]
    public void Among_IdiomAfterAPreposition_IsNot(string question, string word) =>
        Assert.Empty(QuestionThings.Among(question, [word]));

    [Theory]
    [InlineData("What is Lumen Robotics' annual revenue?", "revenue")]
    [InlineData("what is the bank's unemployment forecast", "forecast")]
    public void Among_NounAfterAPossessive_IsAThing(string question, string thing) =>
        Assert.Contains(thing, QuestionThings.Among(question, [thing]));

    [Fact]
    public void Among_WordAfterAShortenedIs_IsNoThingOfAPossessive() =>
        Assert.Empty(QuestionThings.Among("who's funding the wind farm", ["funding"]));

    [Fact]
    public void HeadsAmong_NounBeforeThePassiveVerbAsked_EndsItsPhrase() =>
        Assert.Equal(["storm"], QuestionThings.HeadsAmong("when is the next storm expected", ["storm", "expected"]));

    [Theory]
    [InlineData("what did the mayor promise about construction", "promise")]
    [InlineData("what did the union demand", "demand")]
    public void Among_SayingVerbAfterAHelpedSubject_IsNoThing(string question, string verb) =>
        Assert.Empty(QuestionThings.Among(question, [verb]));

    [Theory]
    [InlineData("was the union happy with the pay deal", "happy")]
    [InlineData("are the shop owners angry", "angry")]
    [InlineData("are the fishermen ok", "ok")]
    [InlineData("is everyone safe after the flood", "safe")]
    [InlineData("did the union like the deal", "like")]
    [InlineData("do the fishermen hate the wind farm", "hate")]
    public void Among_WordOfFeeling_IsNoThing(string question, string word) =>
        Assert.Empty(QuestionThings.Among(question, [word]));

    [Theory]
    [InlineData("my grandmother lives on the skerry islands, are the ferries running", "grandmother")]
    [InlineData("my grandmother lives on the skerry islands, are the ferries running", "lives")]
    public void Among_TheAskersOwn_IsNoThing(string question, string word) =>
        Assert.DoesNotContain(word, QuestionThings.Among(question, [word, "ferries"]));

    [Fact]
    public void OfKeywordQuery_KeyWordsAlone_EachIsAThing() =>
        Assert.Equal(["tram", "ticket"], QuestionThings.OfKeywordQuery("tram ticket prices", ["tram", "ticket"]));

    [Theory]
    [InlineData("what is the price of bitcoin", "bitcoin")]
    [InlineData("storm wind speed", "speed")]
    [InlineData("library reopening date", "date")]
    public void OfKeywordQuery_QuestionOrWordForTheAnswersKind_HasNone(string question, string word) =>
        Assert.Empty(QuestionThings.OfKeywordQuery(question, [word]));

    [Fact]
    public void Modifier_WordBeforeTheThing_NamesWhatItIsPartOf() =>
        Assert.Equal("cup", QuestionThings.Modifier("How many fans watched the cup final?", "final", new HashSet<string>()));

    [Fact]
    public void Modifier_ThingNamedTwiceOnceAfterItsWhole_NamesTheWhole() =>
        Assert.Equal("cup", QuestionThings.Modifier("What was the final score in the cup final?", "final", new HashSet<string>()));

    [Fact]
    public void Modifier_ThingAfterADeterminerOrAName_HasNone()
    {
        Assert.Null(QuestionThings.Modifier("What is the price of bitcoin?", "bitcoin", new HashSet<string>()));
        Assert.Null(QuestionThings.Modifier("When does the Port Ellery airport open?", "airport", new HashSet<string> { "port", "ellery" }));
    }

    [Theory]
    [InlineData("How much did the new stadium cost?", "stadium")]
    [InlineData("When will the old bridge reopen?", "bridge")]
    [InlineData("What was the total bill?", "bill")]
    public void Modifier_WordSayingWhatTheThingIsLike_HasNone(string question, string thing) =>
        Assert.Null(QuestionThings.Modifier(question, thing, new HashSet<string>()));

    [Fact]
    public void Topics_WordAfterWhich_NamesTheAnswersKindNotTheTopic() =>
        Assert.Equal(["fbi", "search"], QuestionThings.Topics("Did the FBI search which property owned by Trump?", ["fbi", "search", "property", "owned", "trump"]));

    [Theory]
    [InlineData("which team lost the cup final", "team", true)]
    [InlineData("What company makes the robots?", "company", true)]
    [InlineData("which team lost the cup final", "final", false)]
    [InlineData("Which? The team that lost.", "team", false)]
    public void NamesTheAnswersKind_WordRightAfterWhichOrWhat_OnlyThat(string question, string word, bool kind) =>
        Assert.Equal(kind, QuestionThings.NamesTheAnswersKind(question, word));

    [Theory]
    [InlineData("which town did the new factory open in", "town", true)]
    [InlineData("What country approved the wind farm?", "country", true)]
    [InlineData("which team lost the cup final", "team", false)]
    [InlineData("when does the town hall open", "town", false)]
    public void AsksAPlaceKind_KindOfPlaceRightAfterWhich_OnlyThat(string question, string word, bool place) =>
        Assert.Equal(place, QuestionThings.AsksAPlaceKind(question, word));

    [Fact]
    public void Among_WordAfterWhich_IsAThing() =>
        Assert.Contains("insurer", QuestionThings.Among("Which insurer paid for the Millbrook flood repairs?", ["insurer", "paid", "repairs"]));

    [Fact]
    public void Among_LastWordOfALongerPhrase_IsAThing()
    {
        Assert.Equal(["meeting"], QuestionThings.Among("When is the next council meeting?", ["meeting"]));
        Assert.Equal(["insurer", "repairs"], QuestionThings.Among("Which insurer paid for the Millbrook flood repairs?", ["insurer", "paid", "repairs"]));
    }

    [Fact]
    public void Among_LastWordOfAFourWordPhrase_IsAThing() =>
        Assert.Equal(["election"], QuestionThings.Among("Who won the Port Ellery mayoral election?", ["mayoral", "election"]));

    [Fact]
    public void Among_WordAfterAbout_IsAThing() =>
        Assert.Equal(["house"], QuestionThings.Among("What did the governor say about house prices?", ["house"]));

    [Fact]
    public void HeadsAmong_HelpedSubjectWithoutADeterminer_IsAHead()
    {
        Assert.Equal(["tickets"], QuestionThings.HeadsAmong("How much will tram tickets cost?", ["tram", "tickets", "cost"]));
        Assert.Equal(["trams"], QuestionThings.HeadsAmong("do trams run at night", ["trams", "run", "night"]));
    }

    [Fact]
    public void Among_PluralEndingAHelpedQuestionAfterItsVerb_IsAThing()
    {
        Assert.Equal(["subsidies"], QuestionThings.Among("does the wind farm need subsidies", ["need", "subsidies"]));
        Assert.Equal(["fares"], QuestionThings.Among("when will the ferry company raise fares", ["raise", "fares"]));
    }

    [Fact]
    public void Among_PlainVerbEndingAHelpedQuestion_IsNot() =>
        Assert.DoesNotContain("end", QuestionThings.Among("when will the ferry strike end", ["strike", "end"]));

    [Fact]
    public void HeadsAmong_ReportingVerbAfterAHelpedSubject_IsNotAThing() =>
        Assert.Equal(["courier", "costs"], QuestionThings.HeadsAmong("what did the courier report about the tram costs", ["courier", "report", "tram", "costs"]));

    [Fact]
    public void HeadsAmong_DayOfTheMonth_IsNotAThing() =>
        Assert.Equal(["ferries"], QuestionThings.HeadsAmong("what happened to the ferries on the 19th of november", ["ferries", "19th", "november"]));

    [Theory]
    [InlineData("when does the tram open", "tram", "open", "tram")]
    [InlineData("did the new tram open yesterday", "tram", "open", "new tram")]
    public void SubjectAndVerb_ShortSubjectAfterAHelpingVerb_IsItsLastWordAndTheVerb(string question, string subject, string verb, string phrase) =>
        Assert.Equal((subject, verb, phrase), QuestionThings.SubjectAndVerb(question, new HashSet<string>()));

    [Theory]
    [InlineData("What did the mayor call the tram vote?")]
    [InlineData("What inflation level does the Bank of Northland want to see?")]
    [InlineData("Did anyone get hurt?")]
    [InlineData("What did Ida Sund say?")]
    public void SubjectAndVerb_LongerSubjectNameOrNoOne_IsNull(string question) =>
        Assert.Null(QuestionThings.SubjectAndVerb(question, new HashSet<string> { "ida", "sund", "bank", "northland" }));

    [Fact]
    public void Among_SubjectOfAPassiveAfterAHelpingVerb_IsAThing() =>
        Assert.Contains("defences", QuestionThings.Among("When will the River Alder flood defences be finished?", ["defences", "finished"]));

    [Fact]
    public void Among_QualityDescribingTheNextWord_IsNotAThing() =>
        Assert.Equal(["storm"], QuestionThings.Among("I heard there was a big storm, did anyone need rescuing?", ["heard", "big", "storm", "anyone", "need"]));

    [Fact]
    public void Among_VerbEndingAPassiveQuestion_IsNotAThing() =>
        Assert.Equal(["factory"], QuestionThings.Among("where is the new factory located", ["factory", "located"]));

    [Fact]
    public void Among_SomeoneNotNamed_IsNotAThing() =>
        Assert.DoesNotContain("anyone", QuestionThings.HeadsAmong("Did anyone get hurt in the flood?", ["anyone", "get", "hurt", "flood"]));

    [Fact]
    public void Among_CommonVerbAfterAHelpedSubject_IsNot() =>
        Assert.Equal(["ferries"], QuestionThings.Among("Which islands do the ferries serve?", ["ferries", "serve"]));

    [Fact]
    public void Among_LastWordOfALongerPhraseAfterAHelpingVerb_IsNot() =>
        Assert.Empty(QuestionThings.Among("How many households can the wind farm supply?", ["households", "supply"]));

    [Fact]
    public void Among_TimeOrAdverbEndingALongerPhrase_IsNot() =>
        Assert.Empty(QuestionThings.Among("I read about the storm on the coast last weekend and wondered how strong the winds actually got?", ["weekend", "got"]));

    [Fact]
    public void HeadsAmong_NounRightAfterWhich_IsTheAnswersKindNotAThing() =>
        Assert.Equal(["coast"], QuestionThings.HeadsAmong("The capsule splashed down off the coast of which state?", ["coast", "state"]));

    [Fact]
    public void HeadsAmong_NounBeforeAComma_EndsItsPhrase() =>
        Assert.Equal(["ferry"], QuestionThings.HeadsAmong("After the ferry, what happened?", ["ferry"]));

    [Fact]
    public void HeadsAmong_NounEndingItsPhrase_IsAHead() =>
        Assert.Equal(["mayor", "drivers"], QuestionThings.HeadsAmong("Did the mayor of Millbrook meet the bus drivers in Port Ellery?", ["mayor", "bus", "drivers"]));

    [Fact]
    public void HeadsAmong_DescribingWordsVerbsAndNumbers_AreNot() =>
        Assert.Equal(["honours"], QuestionThings.HeadsAmong("What are the highest honours the series arrived with in the final five?", ["highest", "honours", "arrived", "five"]));

    [Fact]
    public void HeadsAmong_WordJoiningTheNextPhrase_IsNot() =>
        Assert.Equal(["administration", "war"], QuestionThings.HeadsAmong("Which country was sanctioned by the administration this week due to an ongoing war?", ["administration", "due", "war"]));

    [Theory]
    [InlineData("did the ferry company go bankrupt", "bankrupt")]
    [InlineData("did the ferry company go bankrupt after the strike", "bankrupt")]
    [InlineData("has the strike turned violent?", "violent")]
    public void StatesAmong_WordAfterAVerbOfBecoming_IsTheState(string question, string state) =>
        Assert.Equal([state], QuestionThings.StatesAmong(question, [state]));

    [Theory]
    [InlineData("did the tram go ahead with the vote", "ahead")]
    [InlineData("records going back to when", "back")]
    [InlineData("did the bankrupt company go to court", "bankrupt")]
    [InlineData("did the ferries go bankrupt", "ferries")]
    public void StatesAmong_WordNotEndingABecoming_IsNoState(string question, string word) =>
        Assert.Empty(QuestionThings.StatesAmong(question, [word]));
}
