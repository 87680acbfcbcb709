using NodaTime;
using Timebank.Domain.Flexi.Deviations;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Tests.Flexi;

public sealed class ContractDeviationTests
{
    private readonly FlexiWorld _world = new();

    private ContractDeviation Record()
        => ContractDeviation.Record(_world.Service, _world.Manager, "Cash for a gym pass instead of two hours of support a week", 3000, 120,
            new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 29), _world.Now);

    [Fact]
    public void The_provider_records_it_and_a_commissioner_of_the_linked_organisation_authorises_it()
    {
        var deviation = Record();

        deviation.Authorise(_world.Commissioner, "Agreed for this quarter", _world.Now);

        Assert.Equal(DeviationStatus.Authorised, deviation.Status);
        Assert.Equal(_world.Commissioner.MemberId, deviation.DecidedBy);
        Assert.IsType<DeviationAlreadyDecided>(Assert.Throws<DomainException>(() => deviation.Decline(_world.Commissioner, "no", _world.Now)).Error);
    }

    [Fact]
    public void Nobody_else_decides_not_the_manager_nor_a_commissioner_elsewhere()
    {
        var deviation = Record();
        var (elsewhere, lead) = Organisation.Create(OrganisationName.Parse("Another council"), OrganisationKind.Commissioner, Id<Member>.New(), FlexiWorld.Start);
        var stranger = elsewhere.Enrol(Id<Member>.New(), lead, FlexiWorld.Start);
        stranger.Grant(Roles.Commissioner, lead);

        Assert.IsType<NotAllowed>(Assert.Throws<DomainException>(() => deviation.Authorise(_world.Manager, null, _world.Now)).Error);
        Assert.IsType<NotAllowed>(Assert.Throws<DomainException>(() => deviation.Authorise(stranger, null, _world.Now)).Error);
        Assert.Equal(DeviationStatus.AwaitingCommissioner, deviation.Status);
    }

    [Fact]
    public void Declining_needs_a_reason_and_a_deviation_needs_a_linked_commissioner()
    {
        Assert.Throws<DomainException>(() => Record().Decline(_world.Commissioner, "", _world.Now));
        var (provider, founder) = Organisation.Create(OrganisationName.Parse("Unlinked"), OrganisationKind.Provider, Id<Member>.New(), FlexiWorld.Start);
        var (unlinked, _) = FlexiService.Create(provider, founder, "Unlinked flexi", 100, ContractSplit.Of(10_000, 0, 0), FlexiWorld.FieldPolicy(), FlexiWorld.Start);

        Assert.IsType<NoCommissionerLinked>(Assert.Throws<DomainException>(() =>
            ContractDeviation.Record(unlinked, founder, "x", 100, 60, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 2), _world.Now)).Error);
    }
}
