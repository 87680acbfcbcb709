using Timebank.Domain.Directory;

namespace Timebank.Domain.Tests.Directory;

public sealed class CostOptionTests
{
    [Theory]
    [InlineData("35", 3500)]
    [InlineData("2.5", 250)]
    [InlineData("0", 0)]
    [InlineData("0.01", 1)]
    public void Amounts_in_pounds_are_kept_in_whole_pence_and_read_back_as_given(string pounds, long pence)
    {
        var amount = decimal.Parse(pounds, System.Globalization.CultureInfo.InvariantCulture);

        var cost = CostOption.Parse(new CostOptionDraft { Amount = amount }, "cost_options[0]");

        Assert.Equal(pence, cost.AmountPence);
        Assert.Equal(amount, cost.Amount);
    }

    [Fact]
    public void A_negative_cost_is_refused_in_pounds_and_pence()
    {
        var error = Assert.IsType<NegativeCost>(Assert.Throws<DomainException>(() => CostOption.Parse(new CostOptionDraft { Amount = -5m }, "cost_options[1]")).Error);

        Assert.Equal("cost_options[1].amount", error.Path);
        Assert.Contains("£-5.00", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.005")]
    [InlineData("2000000")]
    public void Fractions_of_a_penny_and_absurd_prices_are_refused(string pounds)
        => Assert.IsType<InvalidField>(Assert.Throws<DomainException>(() =>
            CostOption.Parse(new CostOptionDraft { Amount = decimal.Parse(pounds, System.Globalization.CultureInfo.InvariantCulture) }, "cost_options[0]")).Error);

    [Fact]
    public void Valid_dates_must_be_in_order()
        => Assert.Equal("cost_options[0].valid_to", Assert.IsType<InvalidField>(Assert.Throws<DomainException>(() =>
            CostOption.Parse(new CostOptionDraft { Amount = 1, ValidFrom = new(2026, 2, 1), ValidTo = new(2026, 1, 1) }, "cost_options[0]")).Error).Path);
}
