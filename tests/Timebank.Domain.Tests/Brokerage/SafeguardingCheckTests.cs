using NodaTime;
using Timebank.Domain.Brokerage;
using Timebank.Domain.Members;
using static Timebank.Domain.Tests.Brokerage.BrokerageWorld;

namespace Timebank.Domain.Tests.Brokerage;

public sealed class SafeguardingCheckTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 10, 10, 0);
    private readonly Id<Member> _coordinator = Id<Member>.New();

    [Theory]
    [InlineData(1, 400, "checkedOn")]
    [InlineData(-10, -10, "expiresOn")]
    [InlineData(-10, -11, "expiresOn")]
    [InlineData(-10, 3700, "expiresOn")]
    public void A_check_in_the_future_expiring_before_it_was_done_or_too_far_ahead_is_refused(int checkedDaysFromToday, int expiresDaysFromToday, string field)
    {
        var error = Refused<ValidationFailed>(() => SafeguardingCheck.Record(Today.PlusDays(checkedDaysFromToday), Today.PlusDays(expiresDaysFromToday), _coordinator, Today, Now));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void A_check_that_lapsed_yesterday_is_not_in_date_today()
    {
        var check = SafeguardingCheck.Record(Today.PlusYears(-3), Today.PlusDays(-1), _coordinator, Today, Now);

        Assert.True(check.IsInDateOn(Today.PlusDays(-1)));
        Assert.False(check.IsInDateOn(Today));
    }
}
