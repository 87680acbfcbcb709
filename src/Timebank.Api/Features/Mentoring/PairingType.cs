using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Courses;
using Timebank.Api.Features.Members;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Mentoring;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Mentoring;

public sealed class CadenceType : EnumerationGraphType<Cadence>
{
    public CadenceType() => Name = "Cadence";
}

/// <summary>A mentor and their mentee (or set); seen by the pair and the organisation's organisers.</summary>
public sealed class PairingType : NodeType<MentoringPairing>
{
    public PairingType()
        : base(MentoringService.TypeName, p => p.Id.Value)
    {
        Field<NonNullGraphType<OrganisationType>>("organisation").Resolve(c => c.Service<ByIdLoader<Organisation>>().Load(c.Source.OrganisationId));
        Field<NonNullGraphType<MemberType>>("mentor").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.MentorId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MemberType>>>>("mentees")
            .Resolve(c => c.Source.MenteeIds.Select(m => c.Service<ByIdLoader<Member>>().Load(m)).ToList());
        Field<NonNullGraphType<CadenceType>>("cadence").Resolve(c => c.Source.Cadence);
        Field<OrganisationType>("hoursTimebank")
            .Description("The timebank where the mentor may bank hours for meetings; null when meetings bank none.")
            .Resolve(c => c.Source.HoursTimebankId is { } timebank ? c.Service<ByIdLoader<Organisation>>().Load(timebank) : null);
        Field(p => p.StartsOn);
        Field(p => p.LastMetOn, nullable: true);
        Field<LocalDateGraphType>("nextDue").Resolve(c => c.Source.NextDueOn).Description("One cadence after the last meeting (or the start); null once ended.");
        Field<NonNullGraphType<BooleanGraphType>>("overdue")
            .Description("The organisation's calendar has passed the due date: not on the due day, from local midnight after it.")
            .ResolveAsync(async c => c.Source.IsOverdue(c.Service<IClock>().GetCurrentInstant(), await c.Service<CourseAccess>().ZoneAsync(c.Source.OrganisationId, c.CancellationToken)));
        Field(p => p.EndedOn, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingType>>>>("meetings")
            .Description("Its meetings, latest first.")
            .ResolveAsync(async c =>
            {
                var pairing = c.Source.Id;
                await using var db = await c.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(c.CancellationToken);
                return await db.Set<MentoringMeeting>().AsNoTracking().Where(m => m.PairingId == pairing).OrderByDescending(m => m.Date).Take(100).ToListAsync(c.CancellationToken);
            });
    }
}

public sealed class MeetingType : NodeType<MentoringMeeting>
{
    public MeetingType()
        : base("MentoringMeeting", m => m.Id.Value)
    {
        Field(m => m.Date);
        Field(m => m.Minutes);
        Field(m => m.CreditsMentor);
        Field<StringGraphType>("notes")
            .Description("For the mentor and mentees only; null for anyone else, organisers included.")
            .ResolveAsync(async c =>
            {
                if (await c.Service<CourseAccess>().ViewerAsync() is not { } me)
                    return null;
                var pairingId = c.Source.PairingId;
                await using var db = await c.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(c.CancellationToken);
                var pairing = await db.Set<MentoringPairing>().AsNoTracking().FirstAsync(p => p.Id == pairingId, c.CancellationToken);
                return c.Source.NotesFor(pairing, me);
            });
    }
}

public sealed record PairingFilter(string OrganisationId, bool? Overdue = null);

public sealed class PairingFilterType : InputObjectGraphType<PairingFilter>
{
    public PairingFilterType()
    {
        Name = "MentoringPairingFilter";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field(f => f.Overdue, nullable: true).Description("True: only pairings past their due date; false: only those not.");
    }
}

public sealed class MentoringQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
        => query.Field<NonNullGraphType<ConnectionGraphType<PairingType>>>("mentoringPairings")
            .Description("An organisation's pairings, oldest first: all of them for its organisers, your own for anyone else.")
            .Argument<NonNullGraphType<PairingFilterType>>("filter")
            .PagingArguments()
            .RequireAuthentication()
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<PairingFilter>("filter");
                var access = c.Service<CourseAccess>();
                var me = await access.RequireViewerAsync();
                if (GlobalId.TryParse<Organisation>(filter.OrganisationId, OrganisationType.TypeName) is not { } org)
                    return Connection.Empty;
                var everyone = await access.OrganisesAsync(org);
                // Overdue from local midnight after the due day: due before today in the organisation's calendar.
                var today = c.Service<IClock>().GetCurrentInstant().InZone(await access.ZoneAsync(org, c.CancellationToken)).Date;
                var overdue = filter.Overdue;
                return await c.PageByIdAsync(db => db.Set<MentoringPairing>()
                    .Where(p => p.OrganisationId == org)
                    .Where(p => everyone || db.Set<PairingMember>().Any(m => m.PairingId == p.Id && m.MemberId == me))
                    .Where(p => overdue == null
                        || (overdue == true && p.NextDueOn != null && p.NextDueOn < today)
                        || (overdue == false && (p.NextDueOn == null || p.NextDueOn >= today))), p => p.Id);
            });
}
