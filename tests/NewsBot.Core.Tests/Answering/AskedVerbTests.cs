using NewsBot.Core.Answering;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Answering;

public sealed class AskedVerbTests
{
    [Theory]
    [InlineData("Who designed the new library roof?", "The old harbour library reopened with a solar roof. Chief librarian Odile Marsh said 1,200 people visited.", "designed")]
    [InlineData("Who owns Lumen Robotics?", "Lumen Robotics opened a factory. Chief executive Nils Arvid said the company chose Port Ellery.", "owns")]
    [InlineData("When was Millbrook General Hospital built?", "Millbrook General Hospital opened a 24-bed children's ward on Friday.", "built")]
    [InlineData("When was the children's ward opened?", "Millbrook General Hospital opened a 24-bed children's ward on Friday.", null)]
    [InlineData("Where were the fishermen taken?", "All three were treated at Port Ellery hospital.", null)]
    [InlineData("When will the wind farm be finished?", "The developer says the farm opens in 2030.", null)]
    [InlineData("Has the robot factory been expanded?", "Lumen Robotics opened a factory in Eastfield on Thursday.", "expanded")]
    [InlineData("Was the offshore wind farm approved?", "The national energy agency approved a 48-turbine wind farm.", null)]
    [InlineData("Who designed the new library roof?", "The roof was designed by Studio Lind.", null)]
    [InlineData("Who opposed the tram in the council?", "Opponents warn the tram will cost more. Councillor Petra Holm voted against.", null)]
    [InlineData("Who runs the harbour library?", "Chief librarian Odile Marsh said 1,200 people visited.", null)]
    [InlineData("Who speaks for the ferry union?", "Union organiser Alma Vik said members accepted it.", null)]
    [InlineData("Who speaks for the ferry union?", "The union accepted a 4.5 percent rise.", "speaks")]
    [InlineData("Who talked to reporters about the flood?", "No injuries were reported, the water agency said.", "talked")]
    [InlineData("Who gave a graduation speech at Morehouse?", "Students were disappointed in the choice of commencement speaker.", null)]
    [InlineData("What did the council decide?", "The council voted 7 to 4.", null)]
    [InlineData("Who lost the regional cup?", "Millbrook Rovers won the regional cup, beating Port Ellery Athletic 2-1.", null)]
    [InlineData("Who lost the regional cup?", "Millbrook Rovers won the regional cup on Sunday.", "lost")]
    [InlineData("how many jobs were lost at lumen robotics", "Lumen Robotics opened a factory that will employ 400 people.", "lost")]
    [InlineData("How many homes were evacuated in Millbrook?", "About 300 homes in Millbrook were evacuated on Wednesday.", null)]
    [InlineData("how many fishermen died in the storm", "The coast guard rescued three fishermen. All three were treated for cold and released.", "died")]
    [InlineData("how many homes flooded in millbrook", "About 300 homes were evacuated as the river flooded Millbrook.", null)]
    [InlineData("how many fans watched the cup final", "Millbrook Rovers won the cup in front of 6,000 fans.", null)]
    [InlineData("How many people work at the harbour library?", "Chief librarian Odile Marsh said more than 1,200 people visited.", "work")]
    [InlineData("how many people work for lumen robotics", "Lumen Robotics will employ 400 people. Its workers build robots.", null)]
    [InlineData("who builds the wind farm", "The developer, Brisk Energy, says the farm will open in 2030.", null)]
    [InlineData("who looks after the harbour library", "Chief librarian Odile Marsh said 1,200 people visited.", null)]
    [InlineData("who oversees the central bank", "Governor Hanna Ekdahl said prices rose.", null)]
    [InlineData("who builds the wind farm", "The national energy agency approved the farm. Fishing groups had objected.", "builds")]
    [InlineData("how many new tram stops are planned", "The extension adds six stops and 5.2 kilometres of track.", null)]
    [InlineData("how many jobs are expected at the robot factory", "Lumen Robotics opened a factory that will employ 400 people.", null)]
    [InlineData("who pays for the tram extension", "Council put the cost at 212 million crowns, to be shared with the regional transport fund.", null)]
    public void Unsaid_QuestionAndStory_GivesTheVerbTheStoryNeverUses(string question, string story, string? expected) =>
        Assert.Equal(expected, AskedVerb.Of(question) is { } verb ? AskedVerb.Unsaid(question, verb, Terms.Words(story).Select(Terms.Stem).ToHashSet(StringComparer.Ordinal)) : null);

    [Theory]
    [InlineData("who paid for the ward", "paid")]
    [InlineData("who is paying for the tram", "pay")]
    [InlineData("who will pay for the tram", "pay")]
    [InlineData("who is running the harbour library", "run")]
    [InlineData("who is going to pay for the tram", null)]
    [InlineData("who is the mayor", null)]
    public void Doer_WhoDidItInAnyTense_GivesTheVerbsStem(string question, string? stem) =>
        Assert.Equal(stem, AskedVerb.Doer(question, AnswerKind.Person));

    [Theory]
    [InlineData("who will build the tram", "Lumen Robotics opens factory", "Lumen Robotics opened a factory that will build warehouse robots.|The company chose Port Ellery for the planned tram line.", true)]
    [InlineData("which company is going to build the new trams", "Lumen Robotics opens factory", "Lumen Robotics opened a factory that will build warehouse robots.", true)]
    [InlineData("who paid for the ward", "Millbrook hospital opens", "The regional health board paid 14 million crowns for it.", false)]
    [InlineData("who won the cup", "Rovers win", "Millbrook Rovers won the regional cup on Sunday.", false)]
    [InlineData("who bought the robots", "Lumen Robotics opens robot factory", "The company bought a new site.", false)]
    [InlineData("who will build the tram", "Council approves tram", "Construction will start next spring.", false)]
    [InlineData("which team lost the cup final", "Rovers win", "Millbrook Rovers won the regional cup, beating Port Ellery Athletic 2-1.", false)]
    [InlineData("which team lost the cup final", "Rovers win", "Millbrook Rovers won on Sunday, beating Port Ellery Athletic 2-1.", true)]
    public void SaysOnlyOfAnother_DoerQuestionAndStory_TrueWhenTheVerbIsSaidOfSomethingElse(string question, string headline, string story, bool expected)
    {
        var (verb, thing) = AskedVerb.WithObject(question) ?? throw new InvalidOperationException("no verb and object read");

        Assert.Equal(expected, AskedVerb.SaysOnlyOfAnother(verb, thing, [(headline, true), .. story.Split('|').Select(s => (s, false))]));
    }

    [Theory]
    [InlineData("who is the mayor")]
    [InlineData("who runs the library")]
    [InlineData("how much did the tram cost")]
    public void WithObject_QuestionWithoutADoneVerb_Null(string question) =>
        Assert.Null(AskedVerb.WithObject(question));

    [Theory]
    [InlineData("how was the hospital ward paid for", "paid")]
    [InlineData("how did the hospital ward get funded", "fund")]
    [InlineData("when did the tram get approved", "approv")]
    [InlineData("how were the fishermen rescued", "rescu")]
    [InlineData("how did the fishermen get home", null)]
    public void Done_PassiveOrGetWithATrailingPreposition_GivesTheVerbsStem(string question, string? stem) =>
        Assert.Equal(stem, AskedVerb.Done(question, AnswerKinds.Of(question)));
}
