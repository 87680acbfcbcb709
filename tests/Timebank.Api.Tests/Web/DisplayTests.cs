using Timebank.Web.Display;

namespace Timebank.Api.Tests.Web;

/// <summary>Amounts and times as the web says them to people.</summary>
public sealed class DisplayTests
{
    [Theory]
    [InlineData(0, "0 minutes")]
    [InlineData(1, "1 minute")]
    [InlineData(45, "45 minutes")]
    [InlineData(60, "1 hour")]
    [InlineData(90, "1 hour 30 minutes")]
    [InlineData(125, "2 hours 5 minutes")]
    [InlineData(-61, "minus 1 hour 1 minute")]
    [InlineData(60_000, "1,000 hours")]
    public void Minutes_read_as_hours_and_minutes(long minutes, string expected) => Assert.Equal(expected, Amounts.Hours(minutes));

    [Theory]
    [InlineData(0, "£0.00")]
    [InlineData(5, "£0.05")]
    [InlineData(1250, "£12.50")]
    [InlineData(123_456_78, "£123,456.78")]
    [InlineData(-305, "minus £3.05")]
    public void Pence_read_as_pounds_and_pence(long pence, string expected) => Assert.Equal(expected, Amounts.Money(pence));

    [Theory]
    [InlineData("10:00:00", "10am")]
    [InlineData("12:00", "midday")]
    [InlineData("00:00", "midnight")]
    [InlineData("14:30:00", "2:30pm")]
    [InlineData("09:05", "9:05am")]
    public void Times_of_day_read_as_gov_uk_writes_them(string time, string expected) => Assert.Equal(expected, Dates.Clock(time));

    [Fact]
    public void An_instant_is_shown_in_the_organisation_s_zone()
    {
        Assert.Equal("1 July 2026 at 1:30pm", Dates.At("2026-07-01T12:30:00Z", "Europe/London"));
        Assert.Equal("1 January 2026 at 12:30pm", Dates.At("2026-01-01T12:30:00Z", "Europe/London"));
        Assert.Equal("3 March 2026", Dates.Day("2026-03-03"));
    }

    [Theory]
    [InlineData("Gardening", "Gardening")]
    [InlineData("Lifts, shopping", "\"Lifts, shopping\"")]
    [InlineData("Say \"hi\"", "\"Say \"\"hi\"\"\"")]
    [InlineData("=1+1", "\"'=1+1\"")]
    [InlineData("+44", "\"'+44\"")]
    [InlineData("-2", "\"'-2\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("", "")]
    public void A_csv_field_is_quoted_when_it_must_be_and_never_runs_as_a_formula(string text, string expected) => Assert.Equal(expected, CsvField.Of(text));
}
