using Warehouse.Extraction.Reading;

namespace Warehouse.Extraction.Tests;

/// <summary>
/// Year and rank patterns read ASCII digits only: int.Parse reads no other script's digits, so a
/// pattern taking them (\d) would throw on text that reached it unnormalised.
/// </summary>
public sealed class DigitScriptTests
{
    [Theory]
    [InlineData("到2030年全县粮食产量达到8万吨", 2030)]
    [InlineData("到20٣0年全县粮食产量达到8万吨", null)]
    public void APlanYearIsWrittenInAsciiDigits(string sentence, int? planYear)
    {
        var markers = SentenceMarkers.Scan(sentence, new TextSpan(0, sentence.Length));
        Assert.Equal(planYear, markers.PlanYear(sentence.Length, 2024));
    }

    [Theory]
    [InlineData("1998年,全县粮食产量达到8万吨", 1998)]
    [InlineData("19٩8年,全县粮食产量达到8万吨", null)]
    public void ANamedYearIsWrittenInAsciiDigits(string sentence, int? year)
    {
        var markers = SentenceMarkers.Scan(sentence, new TextSpan(0, sentence.Length));
        Assert.Equal(year, markers.TimeClauseYear(0, sentence.Length));
        Assert.Equal(year, markers.NamedYear(0, sentence.Length));
    }

    [Theory]
    [InlineData("全市排名由2019年的第9位上升至第4位", 2019)]
    [InlineData("全市排名由20١9年的第9位上升至第4位", null)]
    public void ARankMovedFromAYearNamesItInAsciiDigits(string sentence, int? fromYear)
    {
        var ranks = RankReader.FindAll(sentence, 0, sentence.Length);
        Assert.Equal(fromYear, ranks.FirstOrDefault(r => r.Rank == 9)?.Year);
    }
}
