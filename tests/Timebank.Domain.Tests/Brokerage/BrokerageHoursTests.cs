using Timebank.Domain.Brokerage;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using static Timebank.Domain.Tests.Brokerage.BrokerageWorld;

namespace Timebank.Domain.Tests.Brokerage;

public sealed class BrokerageHoursTests
{
    private readonly BrokerageWorld _world = new();

    [Fact]
    public void By_default_there_is_no_brokerage_grant()
        => Assert.False(BrokerageSettings.Defaults(_world.Timebank.Id).GrantFromPool);

    [Fact]
    public void A_member_who_can_go_into_debit_pays_from_their_own_account_to_the_broker()
    {
        var (person, request, broker) = Closed(minutesGiven: 150);

        var move = BrokerageHours.ForClosed(request, new PersonAccount(person.MemberId, Available: 0, Floor: -600), Settings(grant: true))!;

        Assert.Equal(new HoursPayer.Person(person.MemberId), move.From);
        Assert.Equal(broker.MemberId, move.ToBroker);
        Assert.Equal(150, move.Minutes.Value);
        Assert.Equal(_world.Timebank.Id, move.Timebank);
        Assert.Equal(Today, move.Date);
        Assert.StartsWith("Peer brokerage: Help to arrange direct payments", move.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void The_key_is_derived_from_the_request_so_a_retried_close_moves_once()
    {
        var (person, request, _) = Closed(minutesGiven: 60);
        var account = new PersonAccount(person.MemberId, 0, -600);

        Assert.Equal(BrokerageHours.ForClosed(request, account, Settings(false))!.Key, BrokerageHours.ForClosed(request, account, Settings(false))!.Key);
        Assert.Equal(BrokerageHours.KeyPrefix + request.Id, BrokerageHours.ForClosed(request, account, Settings(false))!.Key.Value);
    }

    [Fact]
    public void Someone_whose_account_cannot_take_the_debit_is_paid_for_by_the_pool_under_a_grant()
    {
        var (person, request, _) = Closed(minutesGiven: 120);
        var atFloor = new PersonAccount(person.MemberId, Available: -540, Floor: -600);

        Assert.Equal(new HoursPayer.Pool(_world.Timebank.Id), BrokerageHours.ForClosed(request, atFloor, Settings(grant: true))!.From);
        var refused = Refused<NoOneCanPay>(() => BrokerageHours.ForClosed(request, atFloor, Settings(grant: false)));
        Assert.Contains("2 hours", refused.Message, StringComparison.Ordinal);
        Assert.Contains(NoOneCanPay.PastFloor, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_who_is_not_a_member_is_paid_for_by_the_pool_only_under_a_grant()
    {
        var supporter = _world.Member();
        var onBehalf = SupportedPerson.Record("Eve", null, true, Today, "Agreed in person", supporter.MemberId, Today);
        var (_, request, _) = Closed(60, supporter, onBehalf);

        Assert.Equal(new HoursPayer.Pool(_world.Timebank.Id), BrokerageHours.ForClosed(request, null, Settings(grant: true))!.From);
        Assert.Contains(NoOneCanPay.NotAMember, Refused<NoOneCanPay>(() => BrokerageHours.ForClosed(request, null, Settings(grant: false))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_hours_given_moves_nothing()
    {
        var (person, request, _) = Closed(minutesGiven: 0);

        Assert.Null(BrokerageHours.ForClosed(request, new PersonAccount(person.MemberId, 0, -600), Settings(false)));
    }

    [Fact]
    public void An_unlimited_account_can_always_pay()
        => Assert.True(new PersonAccount(Id<Member>.New(), -100_000, null).CanPay(600));

    private BrokerageSettings Settings(bool grant)
    {
        var settings = BrokerageSettings.Defaults(_world.Timebank.Id);
        settings.Configure(_world.Coordinator, grant, BrokerageSettings.DefaultUnansweredAfterDays, BrokerageSettings.DefaultCheckExpiryWarningDays);
        return settings;
    }

    private (Membership Person, BrokerageRequest Request, BrokerProfile Broker) Closed(long minutesGiven, Membership? requester = null, SupportedPerson? onBehalf = null)
    {
        var person = requester ?? _world.Member();
        var request = BrokerageRequest.Make(person, IneligibleEasyRead with { OnBehalfOf = onBehalf }, Today, _world.Now);
        var broker = _world.Broker();
        request.Invite(person.MemberId, broker, Today, _world.Now);
        request.Respond(broker, true, null, Today, _world.Now);
        request.Choose(person.MemberId, broker, Today, _world.Now);
        request.LogSession(broker.MemberId, Today, 180, null, Today, _world.Now);
        request.Close(person.MemberId, false, BrokerageOutcome.Arranged, null, minutesGiven, Today, _world.Now);
        return (person, request, broker);
    }
}
