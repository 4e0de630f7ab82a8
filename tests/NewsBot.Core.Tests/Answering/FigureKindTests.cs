using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class FigureKindTests
{
    [Theory]
    [InlineData("How much did the ward cost?", "The region paid 14 million crowns for it.", true)]
    [InlineData("How much did the ward cost?", "It opened with 24 beds.", false)]
    [InlineData("What did the new library cost?", "The renovation cost 6.8 million crowns.", true)]
    [InlineData("How much is the pay rise for ferry crews?", "The deal gives crews a 4.5 percent pay rise.", true)]
    [InlineData("How much will the ferry workers' pay go up?", "The deal gives crews a 4.5 percent pay rise.", true)]
    [InlineData("How much did the ward cost?", "Its budget grew 4.5 percent.", false)]
    [InlineData("How much was Trump fined on Tuesday?", "He faces a $9,000 fine.", true)]
    [InlineData("How high did the River Alder rise?", "The river peaked at 4.1 metres on Sunday.", true)]
    [InlineData("How high did the River Alder rise?", "About 300 homes were evacuated.", false)]
    [InlineData("How long is the new tram line?", "The line runs 5.2 kilometres to Eastfield.", true)]
    [InlineData("How long did the ferry strike last?", "Workers accepted the offer, ending a five-day strike.", true)]
    [InlineData("How long did the ferry strike last?", "Five ferries were idle.", false)]
    [InlineData("How big is the factory grant?", "The government gave a grant of 20 million crowns.", true)]
    [InlineData("How many people live in Eastfield?", "The factory will employ 400 people by the end of next year.", false)]
    [InlineData("How many people live in Eastfield?", "About 12,000 people live in Eastfield.", true)]
    [InlineData("What is the population of Millbrook?", "Millbrook, a town of 30,000 inhabitants, flooded.", true)]
    [InlineData("How high did the River Alder rise?", "About 300 homes were evacuated after three days of heavy rain.", false)]
    [InlineData("How old is the library?", "The library is 120 years old.", true)]
    [InlineData("How old is he?", "A 17-year-old has become the youngest person to fly around the world solo.", true)]
    [InlineData("how old is ida sund", "It is the club's first trophy in 31 years.", false)]
    [InlineData("How long is the factory grant?", "The government gave a grant of 20 million crowns.", false)]
    [InlineData("How many homes were evacuated?", "About 300 homes were evacuated.", false)]
    [InlineData("How tall are the wind turbines?", "A storm brought winds of up to 110 kilometres per hour.", false)]
    [InlineData("How fast were the winds?", "A storm brought winds of up to 110 kilometres per hour.", true)]
    [InlineData("How fast are prices going up?", "Prices rose 2.9 percent in the year to October.", true)]
    [InlineData("How fast were the winds?", "The river peaked at 4.1 metres.", false)]
    [InlineData("How long did the storm warning last?", "The weather service kept a storm warning in place until Sunday morning.", true)]
    [InlineData("How much is the wind farm compensation fund?", "The agency approved a 48-turbine wind farm.", false)]
    [InlineData("How much is the wind farm compensation fund?", "The fund will hold 5 million crowns.", true)]
    [InlineData("How much is the proposed baby bonus?", "It was first floated on April 22.", false)]
    [InlineData("How much is the proposed baby bonus?", "He backed raising it to $5,000 per child.", true)]
    [InlineData("She swam the strait in what time?", "She touched the shore after 9 hours and 12 minutes.", true)]
    [InlineData("What salary do the ferry crews earn?", "The deal gives crews a 4.5 percent pay rise.", false)]
    [InlineData("What salary do the ferry crews earn?", "A deckhand earns 31,000 crowns a year.", true)]
    [InlineData("What speed did the wind reach during the storm?", "A storm brought winds of up to 110 kilometres per hour.", true)]
    [InlineData("What speed did the wind reach during the storm?", "The weather service kept a storm warning in place until Sunday.", false)]
    [InlineData("What was the height of the river at its peak?", "The river peaked at 4.1 metres.", true)]
    [InlineData("What was the height of the river at its peak?", "About 300 homes were evacuated.", false)]
    [InlineData("What size is the grant the factory got?", "The government gave a grant of 20 million crowns.", true)]
    [InlineData("How much is a ferry ticket?", "The deal gives crews a 4.5 percent pay rise.", false)]
    [InlineData("How much is a ferry ticket?", "A return ticket to the islands costs 120 crowns.", true)]
    [InlineData("what were the wind speeds in the storm", "Winds of up to 110 kilometres per hour hit the coast.", true)]
    [InlineData("what were the wind speeds in the storm", "The farm has 48 turbines.", false)]
    [InlineData("He solved the puzzle in what time?", "A 21-year-old from California broke the record.", false)]
    [InlineData("He solved the puzzle in what time?", "He pulled off the feat in just 3.134 seconds.", true)]
    [InlineData("How old is the record holder?", "A 21-year-old from California broke the record.", true)]
    [InlineData("How long did the strike last?", "The 40-year-old union leader spoke.", false)]
    [InlineData("How much is the rent for a flat there?", "A two-room flat rents for 9,000 crowns a month.", true)]
    public void Fits_SentenceFigure_MatchesTheAskedKind(string question, string sentence, bool expected) =>
        Assert.Equal(expected, FigureKind.Fits(question, sentence));

    [Theory]
    [InlineData("What did the new library cost?", true)]
    [InlineData("What will the tram cost the city?", true)]
    [InlineData("What did the mayor's office say about the higher cost figure?", false)]
    [InlineData("what does the robot factory pay its workers", true)]
    [InlineData("What will the ferry company charge for a return ticket?", true)]
    public void AsksSum_Question_TellsWhetherASumIsAsked(string question, bool expected) =>
        Assert.Equal(expected, FigureKind.AsksSum(question));

    [Theory]
    [InlineData("What speed did the wind reach during the storm?", "speed")]
    [InlineData("what is the top speed of the new tram", "speed")]
    [InlineData("what's the top wind speed from the storm", "speed")]
    [InlineData("What was the river's peak water height?", "height")]
    [InlineData("Which was the height of the flood?", "height")]
    [InlineData("what were the wind speeds in the storm", "speeds")]
    [InlineData("How fast were the winds?", null)]
    [InlineData("What did the speed camera catch?", null)]
    public void MeasureNoun_Question_IsTheNounNamingTheMeasureAsked(string question, string? expected) =>
        Assert.Equal(expected, FigureKind.MeasureNoun(question));
}
