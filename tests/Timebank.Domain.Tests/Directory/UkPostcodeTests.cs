using Timebank.Domain.Directory;

namespace Timebank.Domain.Tests.Directory;

public sealed class UkPostcodeTests
{
    [Theory]
    [InlineData("cv15fb", "CV1 5FB", "CV1")]
    [InlineData(" CV1  5FB ", "CV1 5FB", "CV1")]
    [InlineData("sw1a1aa", "SW1A 1AA", "SW1A")]
    [InlineData("B23 6TH", "B23 6TH", "B23")]
    [InlineData("w1a 0ax", "W1A 0AX", "W1A")]
    [InlineData("EC1A 1BB", "EC1A 1BB", "EC1A")]
    [InlineData("GIR0AA", "GIR 0AA", "GIR")]
    public void A_postcode_is_kept_in_one_written_form_with_its_district(string input, string expected, string district)
    {
        var postcode = UkPostcode.Parse(input);

        Assert.Equal(expected, postcode.Value);
        Assert.Equal(district, postcode.District.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("CV1")]
    [InlineData("CV1 5FBB")]
    [InlineData("QV1 5FB")]
    [InlineData("CV1 5CB")]
    [InlineData("12345")]
    [InlineData("not a postcode")]
    public void Anything_else_is_refused_with_its_path(string input)
    {
        var error = Assert.IsType<NotAPostcode>(Assert.Throws<DomainException>(() => UkPostcode.Parse(input, "service_at_locations[0].location.addresses[0].postal_code")).Error);

        Assert.Equal("NOT_A_POSTCODE", error.Code);
        Assert.Equal("service_at_locations[0].location.addresses[0].postal_code", error.Path);
    }

    [Fact]
    public void A_very_long_input_is_refused_without_echoing_it_whole()
    {
        var error = Assert.Throws<DomainException>(() => UkPostcode.Parse(new string('A', 10_000))).Error;

        Assert.True(error.Message.Length < 200);
    }
}
