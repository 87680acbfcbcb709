using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Sessions;

namespace Timebank.Api.Features.Plans.Sessions;

/// <summary>
/// Scheduling Planning Live sessions and filling them. The rules (places, allies, sittings) are the session's; who
/// may is here: the organisation's staff, managers and coordinators run them, facilitators help, people join.
/// </summary>
public sealed class PlanningSessionService(IDbContextFactory<TimebankDbContext> databases, PlanAccess access, Viewer viewer)
{
    public const string TypeName = "PlanningSession";
    public const string SittingTypeName = "PlanningSitting";
    public const Roles RunnerRoles = Roles.Staff | Roles.Manager | Roles.Coordinator;

    private static readonly OrganisationKind[] Runners = [OrganisationKind.Commissioner, OrganisationKind.UserLedGroup, OrganisationKind.Provider];

    public async Task<PlanningSession> ScheduleAsync(SchedulePlanningSessionInput input, CancellationToken cancellationToken)
    {
        var organisation = GlobalId.Parse<Organisation>(input.OrganisationId, "Organisation", "organisationId");
        await viewer.RequireRoleAsync(organisation, RunnerRoles, "run a Planning Live session");
        var facilitators = input.FacilitatorIds.Select((f, i) => GlobalId.Parse<Member>(f, MemberType.TypeName, $"facilitatorIds[{i}]")).ToList();
        var session = PlanningSession.Schedule(organisation, input.Title, input.Place, [.. input.Sittings.Select(s => (s.Start, s.End))],
            input.Capacity, facilitators, await access.MeAsync(), access.Now);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var kind = await db.Organisations.Where(o => o.Id == organisation).Select(o => o.Kind).SingleAsync(cancellationToken);
        if (!Runners.Contains(kind))
            throw new DomainException(new NotAllowed("Planning Live sessions are run by a council, a user-led group or a provider."));
        if (await db.Members.CountAsync(m => facilitators.Contains(m.Id), cancellationToken) != facilitators.Count)
            throw new DomainException(new NotFound("facilitator"));
        db.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }

    /// <summary>Staff invite someone the organisation serves; a person served may join themselves.</summary>
    public Task<PlanningSession> InviteAsync(InvitePlanningSessionAttendeeInput input, CancellationToken cancellationToken)
        => ChangeAsync(input.SessionId, async (db, session, me) =>
        {
            var person = input.PersonId is null ? me : GlobalId.Parse<Member>(input.PersonId, MemberType.TypeName, "personId");
            if (person != me && !await RunsAsync(session, me))
                throw new DomainException(new NotAllowed("Only the organisation's staff and the session's facilitators invite someone else; people join themselves."));
            await ServedPeople.RequireServedAsync(db, session.OrganisationId, person, cancellationToken);
            session.Invite(person, me, access.Now);
        }, cancellationToken);

    /// <summary>The person planning brings an ally, or staff and facilitators add one for them.</summary>
    public Task<PlanningSession> InviteAllyAsync(InviteAllyInput input, CancellationToken cancellationToken)
        => ChangeAsync(input.SessionId, async (db, session, me) =>
        {
            var of = input.PersonId is null ? me : GlobalId.Parse<Member>(input.PersonId, MemberType.TypeName, "personId");
            if (of != me && !await RunsAsync(session, me))
                throw new DomainException(new NotAllowed("A person planning invites their own allies, or the staff and facilitators add them for them."));
            var ally = input.MemberId is null ? (Id<Member>?)null : GlobalId.Parse<Member>(input.MemberId, MemberType.TypeName, "memberId");
            if (ally is { } named && !await db.Members.AnyAsync(m => m.Id == named, cancellationToken))
                throw new DomainException(new NotFound("member", input.MemberId));
            session.InviteAlly(of, ally, input.Name, input.Relationship, me, access.Now);
        }, cancellationToken);

    public Task<PlanningSession> RecordAttendanceAsync(RecordPlanningAttendanceInput input, CancellationToken cancellationToken)
        => ChangeAsync(input.SessionId, async (_, session, me) =>
        {
            if (!await RunsAsync(session, me))
                throw new DomainException(new NotAllowed("Attendance is recorded by the organisation's staff or the session's facilitators."));
            var sitting = GlobalId.TryDecode(input.SittingId, out var type, out var id) && type == SittingTypeName ? id : Guid.Empty;
            var marks = input.Marks.Select((m, i) => (GlobalId.Parse<Member>(m.PersonId, MemberType.TypeName, $"marks[{i}].personId"), m.Present)).ToList();
            session.RecordAttendance(sitting, marks, me, access.Now);
        }, cancellationToken);

    /// <summary>Who sees a session: the organisation's staff, its facilitators, the people planning and their allies who are members.</summary>
    public async Task<bool> MaySeeAsync(PlanningSession session)
    {
        if (await viewer.TryGetIdAsync() is not { } me)
            return false;
        return session.Facilitates(me) || session.IsAttendee(me) || session.Allies.Any(a => a.Member == me)
            || (await viewer.MembershipInAsync(session.OrganisationId)) is { IsActive: true } m && m.Has(PlanAccess.StaffRoles);
    }

    /// <summary>For draftPlan: the session a plan is drafted in, which must be the organisation's, with the person planning in it.</summary>
    public static async Task<Id<PlanningSession>?> RequireAttendingAsync(TimebankDbContext db, Id<Organisation> organisation, Id<Member> person, string? sessionId, CancellationToken cancellationToken)
    {
        if (sessionId is null)
            return null;
        var id = GlobalId.TryParse<PlanningSession>(sessionId, TypeName);
        var session = id is null ? null : await db.Set<PlanningSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null || session.OrganisationId != organisation)
            throw new DomainException(new NotFound("planning session", sessionId));
        return session.IsAttendee(person)
            ? session.Id
            : throw new DomainException(new NotAnAttendee("A plan is linked to a Planning Live session only for someone planning in it."));
    }

    private async Task<bool> RunsAsync(PlanningSession session, Id<Member> me)
        => session.Facilitates(me) || (await viewer.MembershipInAsync(session.OrganisationId)) is { IsActive: true } m && m.Has(RunnerRoles);

    /// <summary>Two joins racing for the last place: the row's version makes the second start again and find it taken.</summary>
    private async Task<PlanningSession> ChangeAsync(string sessionId, Func<TimebankDbContext, PlanningSession, Id<Member>, Task> change, CancellationToken cancellationToken)
    {
        var me = await access.MeAsync();
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var id = GlobalId.TryParse<PlanningSession>(sessionId, TypeName);
            var session = id is null ? null : await db.Set<PlanningSession>().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (session is null || !(await MaySeeAsync(session) || await viewer.IsActiveMemberOfAsync(session.OrganisationId)))
                throw new DomainException(new NotFound("planning session", sessionId));
            await change(db, session, me);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return session;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 8)
            {
            }
        }
    }
}
