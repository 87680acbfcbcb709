using NodaTime;
using Timebank.Domain.Brokerage;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using static Timebank.Domain.Tests.Brokerage.BrokerageWorld;

namespace Timebank.Domain.Tests.Brokerage;

public sealed class BrokerageRequestTests
{
    private readonly BrokerageWorld _world = new();

    [Fact]
    public void The_person_invites_three_two_accept_they_choose_one_and_the_others_see_it_is_arranged()
    {
        var (person, request) = _world.Request();
        var (ann, bob, cas) = (_world.Broker(), _world.Broker(), _world.Broker());
        foreach (var broker in new[] { ann, bob, cas })
            request.Invite(person.MemberId, broker, Today, _world.Now);

        request.Respond(ann, accept: true, "Happy to help", Today, _world.Now);
        request.Respond(bob, accept: true, null, Today, _world.Now);
        request.Respond(cas, accept: false, "Away in March", Today, _world.Now);
        request.Choose(person.MemberId, bob, Today, _world.Now);

        Assert.Equal(BrokerageRequestState.Arranged, request.State);
        Assert.Equal(bob.MemberId, request.ChosenBrokerId);
        Assert.Equal(
            [InviteStatus.ArrangedWithAnother, InviteStatus.Chosen, InviteStatus.Declined],
            request.Invites.Select(i => i.Status));
        Assert.Equal("Away in March", request.Invites[2].Note);
    }

    [Fact]
    public void Sessions_are_logged_by_the_chosen_broker_and_closing_records_the_outcome_and_hours()
    {
        var (person, request, broker) = Arranged();
        request.LogSession(broker.MemberId, Today, 90, "First meeting", Today, _world.Now);
        request.LogSession(broker.MemberId, Today, 60, null, Today, _world.Now);

        request.Close(person.MemberId, false, BrokerageOutcome.Arranged, "PA starts next week", 150, Today, _world.Now);

        Assert.Equal(BrokerageRequestState.Closed, request.State);
        Assert.Equal(150, request.LoggedMinutes);
        Assert.Equal(150, request.MinutesGiven);
        Assert.Equal(Today, request.ClosedOn);
    }

    [Fact]
    public void Closing_twice_is_refused()
    {
        var (person, request, broker) = Arranged();
        request.LogSession(broker.MemberId, Today, 60, null, Today, _world.Now);
        request.Close(person.MemberId, false, BrokerageOutcome.Arranged, null, 60, Today, _world.Now);

        Refused<AlreadyClosed>(() => request.Close(person.MemberId, false, BrokerageOutcome.Arranged, null, 60, Today, _world.Now));
    }

    [Fact]
    public void Closing_by_the_broker_or_anyone_else_is_refused_but_a_coordinator_may()
    {
        var (_, request, broker) = Arranged();
        request.LogSession(broker.MemberId, Today, 60, null, Today, _world.Now);

        Refused<NotAllowed>(() => request.Close(broker.MemberId, false, BrokerageOutcome.Arranged, null, 60, Today, _world.Now));
        Refused<NotAllowed>(() => request.Close(Id<Member>.New(), false, BrokerageOutcome.Arranged, null, 60, Today, _world.Now));
        Assert.Equal(BrokerageRequestState.Arranged, request.State);

        request.Close(_world.Coordinator.MemberId, true, BrokerageOutcome.PartlyArranged, null, 30, Today, _world.Now);
        Assert.Equal(BrokerageRequestState.Closed, request.State);
    }

    [Fact]
    public void Closing_with_more_hours_than_logged_is_refused_in_hours_and_minutes()
    {
        var (person, request, broker) = Arranged();
        request.LogSession(broker.MemberId, Today, 150, null, Today, _world.Now);

        var error = Refused<MoreHoursThanLogged>(() => request.Close(person.MemberId, false, BrokerageOutcome.Arranged, null, 180, Today, _world.Now));

        Assert.Equal("3 hours is more than the 2 hours 30 minutes of sessions logged; log the rest first, or close with 2 hours 30 minutes or less.", error.Message);
        Assert.Equal(BrokerageRequestState.Arranged, request.State);
        Assert.Null(request.MinutesGiven);
    }

    [Fact]
    public void Only_the_chosen_broker_logs_sessions_and_not_in_the_future()
    {
        var (person, request, broker) = Arranged();

        Refused<NotAllowed>(() => request.LogSession(person.MemberId, Today, 60, null, Today, _world.Now));
        Assert.Equal("date", Refused<ValidationFailed>(() => request.LogSession(broker.MemberId, Today.PlusDays(1), 60, null, Today, _world.Now)).Field);
        Assert.Equal("minutes", Refused<ValidationFailed>(() => request.LogSession(broker.MemberId, Today, 0, null, Today, _world.Now)).Field);
        Assert.Empty(request.Sessions);
    }

    [Fact]
    public void Only_brokers_who_accepted_can_be_chosen_and_only_by_the_person()
    {
        var (person, request) = _world.Request();
        var (ann, bob) = (_world.Broker(), _world.Broker());
        request.Invite(person.MemberId, ann, Today, _world.Now);
        request.Invite(person.MemberId, bob, Today, _world.Now);
        request.Respond(ann, true, null, Today, _world.Now);

        Refused<BrokerHasNotAccepted>(() => request.Choose(person.MemberId, bob, Today, _world.Now));
        Refused<NotAllowed>(() => request.Choose(ann.MemberId, ann, Today, _world.Now));
        Refused<NotInvited>(() => request.Choose(person.MemberId, _world.Broker(), Today, _world.Now));
        Assert.Equal(BrokerageRequestState.Open, request.State);
    }

    [Fact]
    public void A_broker_answers_once_and_a_broker_is_invited_once()
    {
        var (person, request) = _world.Request();
        var ann = _world.Broker();
        request.Invite(person.MemberId, ann, Today, _world.Now);
        request.Respond(ann, false, null, Today, _world.Now);

        Refused<AlreadyAnswered>(() => request.Respond(ann, true, null, Today, _world.Now));
        Refused<AlreadyInvited>(() => request.Invite(person.MemberId, ann, Today, _world.Now));
    }

    [Fact]
    public void A_broker_who_does_not_match_cannot_be_invited_and_the_reason_is_given()
    {
        var (person, request) = _world.Request();
        var elsewhere = _world.Broker(EasyReadInCv1 with { AreasServed = ["B23"] });

        var error = Refused<BrokerDoesNotMatch>(() => request.Invite(person.MemberId, elsewhere, Today, _world.Now));

        Assert.Equal(MismatchReason.AreaNotServed, error.Reason);
        Assert.Empty(request.Invites);
    }

    [Fact]
    public void An_adult_at_risk_request_is_not_offered_to_a_broker_whose_check_lapsed_yesterday()
    {
        var (person, request) = _world.Request(IneligibleEasyRead with { InvolvesAdultAtRisk = true });
        var lapsed = _world.CheckedBroker(Today.PlusDays(-1));
        var inDate = _world.CheckedBroker(Today.PlusYears(1));

        Assert.Equal(MismatchReason.SafeguardingCheckNotInDate, Refused<BrokerDoesNotMatch>(() => request.Invite(person.MemberId, lapsed, Today, _world.Now)).Reason);
        request.Invite(person.MemberId, inDate, Today, _world.Now);
        Assert.Single(request.Invites);
    }

    [Fact]
    public void A_check_that_lapses_after_the_invitation_stops_the_broker_being_accepted_or_chosen()
    {
        var (person, request) = _world.Request(IneligibleEasyRead with { InvolvesAdultAtRisk = true });
        var broker = _world.CheckedBroker(Today);
        request.Invite(person.MemberId, broker, Today, _world.Now);
        var tomorrow = Today.PlusDays(1);

        Refused<BrokerDoesNotMatch>(() => request.Respond(broker, true, null, tomorrow, _world.Now));
        request.Respond(broker, true, null, Today, _world.Now);
        Refused<BrokerDoesNotMatch>(() => request.Choose(person.MemberId, broker, tomorrow, _world.Now));
        Assert.Equal(BrokerageRequestState.Open, request.State);
    }

    [Fact]
    public void A_member_asks_for_someone_they_support_with_consent_recorded_and_that_person_can_act_on_it()
    {
        var supporter = _world.Member();
        var supported = _world.Member();
        Refused<ConsentNotRecorded>(() => SupportedPerson.Record("Dee", supported.MemberId, false, Today, "Asked her", supporter.MemberId, Today));
        var onBehalf = SupportedPerson.Record("Dee", supported.MemberId, true, Today, "She agreed on the phone", supporter.MemberId, Today);

        var request = BrokerageRequest.Make(supporter, IneligibleEasyRead with { OnBehalfOf = onBehalf }, Today, _world.Now);

        Assert.Equal("She agreed on the phone", request.OnBehalfOf!.HowConsentWasGiven);
        Assert.Equal(supported.MemberId, request.PersonMemberId);
        Assert.True(request.IsPersonSide(supporter.MemberId));
        Assert.True(request.IsPersonSide(supported.MemberId));
    }

    [Fact]
    public void Only_the_person_side_invited_brokers_and_coordinators_read_a_request()
    {
        var (person, request) = _world.Request();
        var invited = _world.Broker();
        request.Invite(person.MemberId, invited, Today, _world.Now);

        Assert.True(request.MayBeReadBy(person.MemberId, false));
        Assert.True(request.MayBeReadBy(invited.MemberId, false));
        Assert.True(request.MayBeReadBy(_world.Coordinator.MemberId, true));
        Assert.False(request.MayBeReadBy(_world.Broker().MemberId, false));
    }

    [Fact]
    public void The_area_is_kept_as_the_district_of_the_postcode_given()
    {
        var (_, request) = _world.Request(IneligibleEasyRead with { Area = "cv1 5fb" });

        Assert.Equal("CV1", request.Area.Value);
    }

    [Fact]
    public void A_request_with_no_sessions_can_be_withdrawn_and_invited_brokers_see_it()
    {
        var (person, request) = _world.Request();
        request.Invite(person.MemberId, _world.Broker(), Today, _world.Now);

        request.Withdraw(person.MemberId, false, _world.Now);

        Assert.Equal(BrokerageRequestState.Withdrawn, request.State);
        Assert.Equal(InviteStatus.Withdrawn, request.Invites[0].Status);
        Refused<NotAtThisStage>(() => request.Invite(person.MemberId, _world.Broker(), Today, _world.Now));
    }

    private (Membership Person, BrokerageRequest Request, BrokerProfile Broker) Arranged()
    {
        var (person, request) = _world.Request();
        var broker = _world.Broker();
        request.Invite(person.MemberId, broker, Today, _world.Now);
        request.Respond(broker, true, null, Today, _world.Now);
        request.Choose(person.MemberId, broker, Today, _world.Now);
        return (person, request, broker);
    }
}
