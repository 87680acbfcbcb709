using NodaTime;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Plans;

/// <summary>
/// Who may see and do what with a person's budget and plan in an organisation (a council, provider or user-led
/// group): the person themselves; its staff, managers, coordinators and commissioners for the people it serves.
/// Deciding (publishing rules, deciding a challenge) is for managers, coordinators and commissioners.
/// </summary>
public sealed class PlanAccess(Viewer viewer, IClock clock, ByIdLoader<Organisation> organisations)
{
    public const Roles StaffRoles = Roles.Staff | Roles.Manager | Roles.Coordinator | Roles.Commissioner;
    /// <summary>The staff who support people day to day: commissioners are not among them (they never read a journal).</summary>
    public const Roles SupportRoles = Roles.Staff | Roles.Manager | Roles.Coordinator;
    public const Roles DeciderRoles = Roles.Manager | Roles.Coordinator | Roles.Commissioner;

    /// <summary>Reviews hold the person's own words: their staff read and record them, commissioners read only the report.</summary>
    public const Roles ReviewerRoles = Roles.Staff | Roles.Manager | Roles.Coordinator;

    public Instant Now => clock.GetCurrentInstant();

    /// <summary>The organisation's time zone, through the look-up cache organisations are kept in.</summary>
    public async Task<DateTimeZone> ZoneAsync(Id<Organisation> organisation, CancellationToken cancellationToken = default)
        => (await organisations.LoadAsync(organisation, cancellationToken))?.TimeZone ?? Organisation.DefaultTimeZone;

    /// <summary>Today in the organisation's time zone: plans, reviews and challenges are dated as it keeps its calendar.</summary>
    public async Task<LocalDate> TodayAsync(Id<Organisation> organisation, CancellationToken cancellationToken = default)
        => Now.InZone(await ZoneAsync(organisation, cancellationToken)).Date;

    public Task<Id<Member>> MeAsync() => viewer.RequireIdAsync();

    /// <summary>The person themselves or the organisation's staff; anyone else gets null (and is shown nothing).</summary>
    public Task<bool> MaySeePersonAsync(Id<Organisation> organisation, Id<Member> person) => IsPersonOrHoldsAsync(organisation, person, StaffRoles);

    /// <summary>The person themselves or the organisation's staff, managers and coordinators (not its commissioners).</summary>
    public Task<bool> MayReadReviewsAsync(Id<Organisation> organisation, Id<Member> person) => IsPersonOrHoldsAsync(organisation, person, ReviewerRoles);

    /// <summary>The viewer is an active member of the organisation and either the person or holds one of the roles.</summary>
    private async Task<bool> IsPersonOrHoldsAsync(Id<Organisation> organisation, Id<Member> person, Roles roles)
    {
        if (await viewer.TryGetIdAsync() is not { } me)
            return false;
        var membership = await viewer.MembershipInAsync(organisation);
        return membership is { IsActive: true } && (me == person || membership.Has(roles));
    }

    public async Task<bool> HasRoleAsync(Id<Organisation> organisation, Roles roles)
        => (await viewer.MembershipInAsync(organisation)) is { IsActive: true } membership && membership.Has(roles);

    public Task<bool> IsMemberAsync(Id<Organisation> organisation) => viewer.IsActiveMemberOfAsync(organisation);

    public Task RequireDeciderAsync(Id<Organisation> organisation, string forWhat)
        => viewer.RequireRoleAsync(organisation, DeciderRoles, forWhat);
}
