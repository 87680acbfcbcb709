using Timebank.Domain.Directory;

namespace Timebank.Domain.Tests.Directory;

public sealed class PostcodeDistrictTests
{
    [Theory]
    [InlineData("cv1", "CV1")]
    [InlineData("CV1 5FB", "CV1")]
    [InlineData("sw1a", "SW1A")]
    public void A_district_or_a_whole_postcode_gives_the_district(string input, string expected)
        => Assert.Equal(expected, PostcodeDistrict.ParseDistrictOrPostcode(input).Value);

    [Theory]
    [InlineData("Coventry")]
    [InlineData("CV")]
    [InlineData("1CV")]
    [InlineData("CV1 5")]
    public void Anything_else_is_not_a_district(string input)
        => Assert.IsType<NotAPostcodeDistrict>(Assert.Throws<DomainException>(() => PostcodeDistrict.ParseDistrictOrPostcode(input)).Error);
}
