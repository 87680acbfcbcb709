using Timebank.Domain.Brokerage;
using Timebank.Domain.Organisations;
using static Timebank.Domain.Tests.Brokerage.BrokerageWorld;

namespace Timebank.Domain.Tests.Brokerage;

public sealed class SupplyReportTests
{
    private readonly BrokerageWorld _world = new();

    [Fact]
    public void Open_requests_with_no_accepted_broker_after_the_days_set_are_listed_longest_waiting_first()
    {
        var (_, fresh) = _world.Request();
        var old = Made(daysAgo: 9);
        var older = Made(daysAgo: 12);
        var answered = Made(daysAgo: 12);
        var broker = _world.Broker();
        answered.Request.Invite(answered.Person.MemberId, broker, Today, _world.Now);
        answered.Request.Respond(broker, true, null, Today, _world.Now);
        older.Request.Invite(older.Person.MemberId, _world.Broker(), Today, _world.Now);

        var unanswered = SupplyReport.Unanswered([fresh, old.Request, older.Request, answered.Request], Today, afterDays: 7);

        Assert.Equal([older.Request.Id, old.Request.Id], unanswered.Select(u => u.RequestId));
        Assert.Equal(12, unanswered[0].DaysWaiting);
        Assert.Equal(1, unanswered[0].Invited);
    }

    [Fact]
    public void Areas_and_languages_asked_for_with_fewer_than_two_brokers_taking_requests_are_listed()
    {
        var requests = new[]
        {
            _world.Request().Request,
            _world.Request(IneligibleEasyRead with { Area = "B23", PreferredLanguage = "pa" }).Request,
            _world.Request(IneligibleEasyRead with { Area = "B23", PreferredLanguage = "pa-Guru" }).Request,
        };
        BrokerProfile[] brokers =
        [
            _world.Broker(),
            _world.Broker(),
            _world.Broker(EasyReadInCv1 with { AreasServed = ["B23"], Languages = ["pa"] }),
            _world.Broker(EasyReadInCv1 with { AreasServed = ["B23"], Languages = ["pa"], AcceptingRequests = false }),
        ];

        var areas = SupplyReport.ThinAreas(requests, brokers);
        var languages = SupplyReport.ThinLanguages(requests, brokers);

        Assert.Equal([new ThinSupply("B23", 1, 2)], areas);
        Assert.Equal([new ThinSupply("pa", 1, 2)], languages);
    }

    private (Membership Person, BrokerageRequest Request) Made(int daysAgo)
    {
        var person = _world.Member();
        return (person, BrokerageRequest.Make(person, IneligibleEasyRead, Today.PlusDays(-daysAgo), _world.Now));
    }
}
