using Timebank.Domain.Brokerage;
using static Timebank.Domain.Tests.Brokerage.BrokerageWorld;

namespace Timebank.Domain.Tests.Brokerage;

public sealed class ExpiringChecksTests
{
    private readonly BrokerageWorld _world = new();

    [Fact]
    public void Lapsed_checks_and_those_expiring_within_the_window_are_listed_soonest_first()
    {
        var lapsed = _world.CheckedBroker(Today.PlusDays(-1));
        var soon = _world.CheckedBroker(Today.PlusDays(30));
        var later = _world.CheckedBroker(Today.PlusDays(31));
        var none = _world.Broker();

        var listed = ExpiringChecks.Within([later, soon, none, lapsed], Today, days: 30);

        Assert.Equal([lapsed.Id, soon.Id], listed.Select(c => c.ProfileId));
        Assert.True(listed[0].HasLapsed);
        Assert.Equal(30, listed[1].DaysLeft);
    }
}
