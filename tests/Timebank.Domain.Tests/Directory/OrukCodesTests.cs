using Timebank.Domain.Directory;

namespace Timebank.Domain.Tests.Directory;

public sealed class OrukCodesTests
{
    [Theory]
    [InlineData(ServiceStatus.Active, "active")]
    [InlineData(ServiceStatus.Inactive, "inactive")]
    [InlineData(ServiceStatus.Defunct, "defunct")]
    [InlineData(ServiceStatus.TemporarilyClosed, "temporarily closed")]
    public void Statuses_are_spelled_as_the_standard_spells_them_both_ways(ServiceStatus status, string oruk)
    {
        Assert.Equal(oruk, OrukCodes.Of(status));
        Assert.Equal(status, OrukCodes.ParseStatus(oruk));
    }

    [Theory]
    [InlineData("Active")]
    [InlineData("temporarily_closed")]
    [InlineData("open")]
    public void Other_spellings_are_refused(string value)
        => Assert.Equal("status", Assert.IsType<InvalidField>(Assert.Throws<DomainException>(() => OrukCodes.ParseStatus(value)).Error).Path);

    [Fact]
    public void Location_types_and_frequencies_round_trip()
    {
        foreach (var type in Enum.GetValues<LocationType>())
            Assert.Equal(type, OrukCodes.ParseLocationType(OrukCodes.Of(type), "location_type"));
        foreach (var freq in Enum.GetValues<ScheduleFrequency>())
            Assert.Equal(freq, OrukCodes.ParseFrequency(OrukCodes.Of(freq), "freq"));
        Assert.Equal("HSDS-UK-3.0", OrukCodes.Version);
    }
}
