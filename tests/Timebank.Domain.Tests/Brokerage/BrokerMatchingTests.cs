using Timebank.Domain.Brokerage;
using Timebank.Domain.Organisations;
using static Timebank.Domain.Tests.Brokerage.BrokerageWorld;

namespace Timebank.Domain.Tests.Brokerage;

public sealed class BrokerMatchingTests
{
    private readonly BrokerageWorld _world = new();

    [Fact]
    public void A_broker_in_the_area_who_speaks_the_language_and_offers_the_format_matches()
    {
        var (_, request) = _world.Request();

        Assert.Null(BrokerMatching.Mismatch(request, _world.Broker(), Today));
    }

    [Fact]
    public void Each_rule_that_fails_is_named()
    {
        var (person, request) = _world.Request(IneligibleEasyRead with { PreferredLanguage = "pa" });
        var other = new BrokerageWorld();

        Assert.Equal(MismatchReason.OtherTimebank, BrokerMatching.Mismatch(request, other.Broker(), Today));
        Assert.Equal(MismatchReason.NotTakingRequests, BrokerMatching.Mismatch(request, _world.Broker(EasyReadInCv1 with { Openness = BrokerOpenness.InformalOnly }), Today));
        Assert.Equal(MismatchReason.NotTakingRequests, BrokerMatching.Mismatch(request, _world.Broker(EasyReadInCv1 with { AcceptingRequests = false }), Today));
        Assert.Equal(MismatchReason.AreaNotServed, BrokerMatching.Mismatch(request, _world.Broker(EasyReadInCv1 with { AreasServed = ["CV3"] }), Today));
        Assert.Equal(MismatchReason.LanguageNotSpoken, BrokerMatching.Mismatch(request, _world.Broker(), Today));
        Assert.Equal(MismatchReason.FormatNotOffered, BrokerMatching.Mismatch(request, _world.Broker(EasyReadInCv1 with { Languages = ["pa"], Formats = AccessibleFormats.Bsl }), Today));
        person.Grant(Roles.Broker, _world.Coordinator);
        Assert.Equal(MismatchReason.SamePerson, BrokerMatching.Mismatch(request, BrokerProfile.Create(person, EasyReadInCv1 with { Languages = ["pa"] }, _world.Now), Today));
    }

    [Fact]
    public void A_request_without_a_language_or_format_matches_any_in_the_area()
    {
        var (_, request) = _world.Request(IneligibleEasyRead with { PreferredLanguage = null, PreferredFormat = AccessibleFormats.None });

        Assert.Null(BrokerMatching.Mismatch(request, _world.Broker(EasyReadInCv1 with { Languages = ["cy"], Formats = AccessibleFormats.None }), Today));
    }

    [Fact]
    public void Adult_at_risk_requests_need_a_check_in_date_on_the_day()
    {
        var (_, request) = _world.Request(IneligibleEasyRead with { InvolvesAdultAtRisk = true });

        Assert.Equal(MismatchReason.SafeguardingCheckNotInDate, BrokerMatching.Mismatch(request, _world.Broker(), Today));
        Assert.Equal(MismatchReason.SafeguardingCheckNotInDate, BrokerMatching.Mismatch(request, _world.CheckedBroker(Today.PlusDays(-1)), Today));
        Assert.Null(BrokerMatching.Mismatch(request, _world.CheckedBroker(Today), Today));
    }

    [Fact]
    public void Matches_are_ordered_by_skills_asked_for_then_accreditations_then_check()
    {
        var (_, request) = _world.Request();
        var plain = _world.Broker(EasyReadInCv1 with { Skills = ["gardening"] });
        var skilled = _world.Broker(EasyReadInCv1 with { Skills = ["direct payments", "personal assistant"] });
        var accredited = _world.Broker(EasyReadInCv1 with { Skills = ["gardening"] });
        var checkedOnly = _world.CheckedBroker(Today.PlusYears(1), EasyReadInCv1 with { Skills = ["gardening"] });
        var elsewhere = _world.Broker(EasyReadInCv1 with { AreasServed = ["B1"] });

        var ranked = BrokerMatching.Rank(request, [plain, elsewhere, checkedOnly, accredited, skilled], b => b == accredited ? 2 : 0, Today);

        Assert.Equal([skilled, accredited, checkedOnly, plain], ranked.Select(r => r.Profile));
        Assert.Equal(2 * BrokerRelevance.PerSkill, ranked[0].Relevance);
    }
}
