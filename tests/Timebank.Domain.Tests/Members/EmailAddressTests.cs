using Timebank.Domain.Members;

namespace Timebank.Domain.Tests.Members;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("Ann@Example.ORG", "ann@example.org")]
    [InlineData("  ann@example.org  ", "ann@example.org")]
    public void An_address_is_kept_trimmed_and_lower_case(string input, string stored)
        => Assert.Equal(stored, EmailAddress.Parse(input).Value);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ann")]
    [InlineData("@example.org")]
    [InlineData("ann@")]
    [InlineData("ann@localhost")]
    [InlineData("ann@@example.org")]
    [InlineData("ann smith@example.org")]
    public void Anything_that_is_not_an_address_is_a_validation_error_on_email(string? input)
    {
        var error = Assert.Throws<DomainException>(() => EmailAddress.Parse(input)).Error;

        Assert.Equal("email", Assert.IsType<ValidationFailed>(error).Field);
    }

    [Fact]
    public void Addresses_longer_than_SMTP_allows_are_refused()
        => Assert.Throws<DomainException>(() => EmailAddress.Parse(new string('a', 250) + "@example.org"));
}

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("short")]
    [InlineData("123456789")]
    public void Passwords_under_ten_characters_are_refused(string? password)
        => Assert.Equal("password", Assert.IsType<ValidationFailed>(Assert.Throws<DomainException>(() => PasswordPolicy.Check(password)).Error).Field);

    [Fact]
    public void Very_long_passwords_are_refused_so_hashing_cannot_be_made_expensive()
        => Assert.Throws<DomainException>(() => PasswordPolicy.Check(new string('x', PasswordPolicy.MaxLength + 1)));

    [Fact]
    public void A_long_passphrase_without_symbols_is_fine()
        => PasswordPolicy.Check("correct horse battery staple");
}

public sealed class DisplayNameTests
{
    [Fact]
    public void Names_are_trimmed()
        => Assert.Equal("Ann", DisplayName.Parse("  Ann ").Value);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("An\u0000n")]
    public void Blank_names_and_control_characters_are_refused(string name)
        => Assert.Throws<DomainException>(() => DisplayName.Parse(name));

    [Fact]
    public void Names_longer_than_the_limit_are_refused()
        => Assert.Throws<DomainException>(() => DisplayName.Parse(new string('a', DisplayName.MaxLength + 1)));
}
