using NodaTime;
using Timebank.Domain.Mentoring;

namespace Timebank.Domain.Tests.Mentoring;

public sealed class CadenceTests
{
    [Theory]
    [InlineData("WEEKLY", Cadence.Weekly)]
    [InlineData("fortnightly", Cadence.Fortnightly)]
    [InlineData(" Monthly ", Cadence.Monthly)]
    [InlineData("QUARTERLY", Cadence.Quarterly)]
    public void A_cadence_is_read_by_its_name_in_any_case(string text, Cadence cadence) => Assert.Equal(cadence, Cadences.Parse(text));

    [Theory]
    [InlineData("yearly")]
    [InlineData("3")]
    [InlineData("")]
    [InlineData(null)]
    public void A_cadence_that_does_not_parse_is_a_typed_error(string? text)
    {
        var error = Assert.Throws<DomainException>(() => Cadences.Parse(text)).Error;

        Assert.IsType<CadenceNotRecognised>(error);
        Assert.Equal("CADENCE_NOT_RECOGNISED", error.Code);
    }

    [Fact]
    public void The_message_names_what_was_given_and_what_would_do()
        => Assert.Equal("\"yearly\" is not a cadence: use WEEKLY, FORTNIGHTLY, MONTHLY or QUARTERLY.",
            Assert.Throws<DomainException>(() => Cadences.Parse("yearly")).Error.Message);

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("28/07/2026")]
    [InlineData("next Tuesday")]
    [InlineData(null)]
    public void A_date_that_does_not_parse_is_a_typed_error(string? text)
    {
        var error = Assert.Throws<DomainException>(() => MentoringDates.Parse(text, "startsOn")).Error;

        Assert.IsType<DateNotRecognised>(error);
        Assert.StartsWith("startsOn: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_iso_date_parses() => Assert.Equal(new LocalDate(2028, 2, 29), MentoringDates.Parse("2028-02-29", "startsOn"));

    [Theory]
    [InlineData(Cadence.Monthly, "2027-01-31", "2027-02-28")]
    [InlineData(Cadence.Monthly, "2028-01-31", "2028-02-29")]
    [InlineData(Cadence.Monthly, "2028-02-29", "2028-03-29")]
    [InlineData(Cadence.Monthly, "2026-12-31", "2027-01-31")]
    [InlineData(Cadence.Quarterly, "2027-11-30", "2028-02-29")]
    [InlineData(Cadence.Quarterly, "2026-11-30", "2027-02-28")]
    [InlineData(Cadence.Quarterly, "2026-08-31", "2026-11-30")]
    [InlineData(Cadence.Weekly, "2028-02-26", "2028-03-04")]
    [InlineData(Cadence.Fortnightly, "2028-02-22", "2028-03-07")]
    [InlineData(Cadence.Weekly, "2026-03-26", "2026-04-02")]
    public void One_interval_later_on_the_calendar_month_ends_and_leap_days_included(Cadence cadence, string from, string due)
        => Assert.Equal(MentoringDates.Parse(due, "due"), cadence.After(MentoringDates.Parse(from, "from")));
}
