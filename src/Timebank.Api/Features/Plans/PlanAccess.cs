using NodaTime;
using Timebank.Api.Platform.Auth;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Plans;

/// <summary>
/// Who may see and do what with a person's budget and plan in an organisation (a council, provider or user-led
/// group): the person themselves; its staff, managers, coordinators and commissioners for the people it serves.
/// Deciding (publishing rules, deciding a challenge) is for managers, coordinators and commissioners.
/// </summary>
public sealed class PlanAccess(Viewer viewer, IClock clock)
{
    public const Roles StaffRoles = Roles.Staff | Roles.Manager | Roles.Coordinator | Roles.Commissioner;
    public const Roles DeciderRoles = Roles.Manager | Roles.Coordinator | Roles.Commissioner;

    /// <summary>Reviews hold the person's own words: their staff read and record them, commissioners read only the report.</summary>
    public const Roles ReviewerRoles = Roles.Staff | Roles.Manager | Roles.Coordinator;

    /// <summary>Plans' dates are the organisation's; every organisation is in the UK for now.</summary>
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/London"];

    public LocalDate Today => clock.GetCurrentInstant().InZone(Zone).Date;

    public Instant Now => clock.GetCurrentInstant();

    public Task<Id<Member>> MeAsync() => viewer.RequireIdAsync();

    /// <summary>The person themselves or the organisation's staff; anyone else gets null (and is shown nothing).</summary>
    public async Task<bool> MaySeePersonAsync(Id<Organisation> organisation, Id<Member> person)
    {
        if (await viewer.TryGetIdAsync() is not { } me)
            return false;
        var membership = await viewer.MembershipInAsync(organisation);
        return membership is { IsActive: true } && (me == person || membership.Has(StaffRoles));
    }

    /// <summary>The person themselves or the organisation's staff, managers and coordinators (not its commissioners).</summary>
    public async Task<bool> MayReadReviewsAsync(Id<Organisation> organisation, Id<Member> person)
    {
        if (await viewer.TryGetIdAsync() is not { } me)
            return false;
        var membership = await viewer.MembershipInAsync(organisation);
        return membership is { IsActive: true } && (me == person || membership.Has(ReviewerRoles));
    }

    public async Task<bool> HasRoleAsync(Id<Organisation> organisation, Roles roles)
        => (await viewer.MembershipInAsync(organisation)) is { IsActive: true } membership && membership.Has(roles);

    public Task<bool> IsMemberAsync(Id<Organisation> organisation) => viewer.IsActiveMemberOfAsync(organisation);

    public Task RequireDeciderAsync(Id<Organisation> organisation, string forWhat)
        => viewer.RequireRoleAsync(organisation, DeciderRoles, forWhat);
}
