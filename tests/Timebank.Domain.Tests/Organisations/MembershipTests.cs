using NodaTime;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Tests.Organisations;

public sealed class MembershipTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 1, 9, 0);
    private readonly Id<Member> _founder = Id<Member>.New();

    private (Organisation Organisation, Membership Coordinator) NewTimebank()
        => Organisation.Create(OrganisationName.Parse("Riverside Timebank"), OrganisationKind.Timebank, _founder, Now);

    [Fact]
    public void The_founder_is_an_active_coordinator_and_member()
    {
        var (organisation, coordinator) = NewTimebank();

        Assert.Equal(organisation.Id, coordinator.OrganisationId);
        Assert.True(coordinator.IsActive);
        Assert.True(coordinator.CanAdminister);
        Assert.Equal(Roles.Member | Roles.Coordinator, coordinator.Roles);
    }

    [Fact]
    public void A_request_to_join_is_pending_with_no_roles()
    {
        var (organisation, _) = NewTimebank();

        var request = organisation.RequestToJoin(Id<Member>.New(), existing: null, Now);

        Assert.Equal(MembershipStatus.Pending, request.Status);
        Assert.Equal(Roles.None, request.Roles);
        Assert.False(request.Has(Roles.Member));
    }

    [Fact]
    public void Asking_again_while_a_membership_exists_is_refused()
    {
        var (organisation, coordinator) = NewTimebank();

        var error = Assert.Throws<DomainException>(() => organisation.RequestToJoin(_founder, coordinator, Now)).Error;

        Assert.IsType<AlreadyMember>(error);
    }

    [Fact]
    public void Approval_by_a_coordinator_activates_with_the_member_role()
    {
        var (organisation, coordinator) = NewTimebank();
        var request = organisation.RequestToJoin(Id<Member>.New(), null, Now);

        request.Approve(coordinator, Now + Duration.FromHours(1));

        Assert.True(request.IsActive);
        Assert.Equal(Roles.Member, request.Roles);
        Assert.Equal(_founder, request.ApprovedBy);
        Assert.Equal(Now + Duration.FromHours(1), request.ApprovedAt);
    }

    [Fact]
    public void Approval_happens_once()
    {
        var (organisation, coordinator) = NewTimebank();
        var request = organisation.RequestToJoin(Id<Member>.New(), null, Now);
        request.Approve(coordinator, Now);

        Assert.IsType<NotPending>(Assert.Throws<DomainException>(() => request.Approve(coordinator, Now)).Error);
    }

    [Fact]
    public void A_plain_member_cannot_approve()
    {
        var (organisation, coordinator) = NewTimebank();
        var member = organisation.RequestToJoin(Id<Member>.New(), null, Now);
        member.Approve(coordinator, Now);
        var request = organisation.RequestToJoin(Id<Member>.New(), null, Now);

        Assert.IsType<NotAllowed>(Assert.Throws<DomainException>(() => request.Approve(member, Now)).Error);
    }

    [Fact]
    public void A_coordinator_of_another_organisation_cannot_approve()
    {
        var (organisation, _) = NewTimebank();
        var (_, elsewhere) = Organisation.Create(OrganisationName.Parse("Elsewhere"), OrganisationKind.Timebank, Id<Member>.New(), Now);
        var request = organisation.RequestToJoin(Id<Member>.New(), null, Now);

        Assert.IsType<NotAllowed>(Assert.Throws<DomainException>(() => request.Approve(elsewhere, Now)).Error);
    }

    [Fact]
    public void Roles_are_granted_one_at_a_time_and_add_to_the_set()
    {
        var (organisation, coordinator) = NewTimebank();
        var member = organisation.RequestToJoin(Id<Member>.New(), null, Now);
        member.Approve(coordinator, Now);

        member.Grant(Roles.Broker, coordinator);
        member.Grant(Roles.Mentor, coordinator);

        Assert.Equal(Roles.Member | Roles.Broker | Roles.Mentor, member.Roles);
        Assert.Throws<DomainException>(() => member.Grant(Roles.Broker | Roles.Staff, coordinator));
        Assert.Throws<DomainException>(() => member.Grant(Roles.None, coordinator));
    }

    [Fact]
    public void Roles_wait_for_approval()
    {
        var (organisation, coordinator) = NewTimebank();
        var request = organisation.RequestToJoin(Id<Member>.New(), null, Now);

        Assert.IsType<NotAllowed>(Assert.Throws<DomainException>(() => request.Grant(Roles.Broker, coordinator)).Error);
    }

    [Fact]
    public void A_manager_approves_and_grants_but_only_a_coordinator_makes_administrators()
    {
        var (organisation, coordinator) = NewTimebank();
        var manager = organisation.RequestToJoin(Id<Member>.New(), null, Now);
        manager.Approve(coordinator, Now);
        manager.Grant(Roles.Manager, coordinator);
        var staff = organisation.RequestToJoin(Id<Member>.New(), null, Now);

        staff.Approve(manager, Now);
        staff.Grant(Roles.Staff, manager);

        Assert.Equal(Roles.Member | Roles.Staff, staff.Roles);
        Assert.IsType<NotAllowed>(Assert.Throws<DomainException>(() => staff.Grant(Roles.Coordinator, manager)).Error);
        Assert.IsType<NotAllowed>(Assert.Throws<DomainException>(() => staff.Grant(Roles.Manager, manager)).Error);
    }

    [Fact]
    public void Organisation_names_are_required_and_bounded()
    {
        Assert.Throws<DomainException>(() => OrganisationName.Parse(" "));
        Assert.Throws<DomainException>(() => OrganisationName.Parse(new string('x', OrganisationName.MaxLength + 1)));
    }
}
