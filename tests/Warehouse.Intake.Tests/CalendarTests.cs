using Warehouse.Identification;
using Warehouse.Regions;

namespace Warehouse.Intake.Tests;

public sealed class CalendarTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Load();

    [Theory]
    [InlineData("十五", 2001, 2005)]
    [InlineData("十一五", 2006, 2010)]
    [InlineData("十三五", 2016, 2020)]
    [InlineData("十五五", 2026, 2030)]
    [InlineData("十六五", 2031, 2035)]
    public void FiveYearPlansOfEveryEra(string name, int first, int last) =>
        Assert.Equal((first, last), FiveYearPlans.Years(name));

    [Theory]
    [InlineData("十年")]
    [InlineData("五年")]
    [InlineData("十十五")]
    public void OtherWordsAreNoPlan(string name) => Assert.Null(FiveYearPlans.Years(name));

    [Fact]
    public void ProvincesShareTheElectionYearsButNotTheirNumbering()
    {
        var calendar = CongressCalendar.Default;
        Assert.Equal(2018, calendar.SessionYear(Gazetteer.ByFullName("湖南省").Single(), 13, 1));
        Assert.Equal(2023, calendar.SessionYear(Gazetteer.ByFullName("湖南省").Single(), 14, 1));
        Assert.Equal(2008, calendar.SessionYear(Gazetteer.ByFullName("湖南省").Single(), 11, 1));
        Assert.Equal(2018, calendar.SessionYear(Gazetteer.ByFullName("北京市").Single(), 15, 1));
        Assert.Equal(2013, calendar.SessionYear(Gazetteer.Nation!, 12, 1));
    }

    [Fact]
    public void AnExtraSessionStaysInTheTermsLastYear() =>
        Assert.Equal(2022, CongressCalendar.Default.SessionYear(Gazetteer.ByFullName("湖南省").Single(), 13, 7));

    [Fact]
    public void CitiesAndCountiesAreNotInTheCalendar()
    {
        Assert.Null(CongressCalendar.Default.SessionYear(Gazetteer.ByFullName("长沙市").Single(), 15, 1));
        Assert.Null(CongressCalendar.Default.SessionYear(Gazetteer.ByFullName("湘潭县").Single(), 17, 1));
    }

    [Fact]
    public void CalendarRowsMustBeWellFormed() =>
        Assert.Throws<InvalidDataException>(() => CongressCalendar.Parse(new StringReader("congress\tterm\tfirst_year\nprovince\tthirteen\t2018\n")));
}
