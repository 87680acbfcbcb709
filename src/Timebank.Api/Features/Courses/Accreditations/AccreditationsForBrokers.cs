using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Brokerage.Brokers;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Courses;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using BrokerAccreditationSource = Timebank.Domain.Brokerage.AccreditationSource;

namespace Timebank.Api.Features.Courses.Accreditations;

/// <summary>Brokerage's question answered from this feature's table: a course's accreditation counts on its holder's broker profiles.</summary>
internal sealed class AccreditationsForBrokers(IDbContextFactory<TimebankDbContext> databases) : IHeldAccreditations
{
    // The cast reads the stored code, so brokers' search can match part of it in SQL.
    public IQueryable<HeldAccreditation> Query(TimebankDbContext db)
        => db.Set<Accreditation>().Select(a => new HeldAccreditation { MemberId = a.MemberId, Code = (string)(object)a.Kind });

    public async Task<ILookup<Id<Member>, BrokerAccreditationView>> OfMembersAsync(IReadOnlyCollection<Id<Member>> members, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await (from a in db.Set<Accreditation>().AsNoTracking()
                          where members.Contains(a.MemberId)
                          join o in db.Set<Organisation>() on a.OrganisationId equals o.Id
                          join c in db.Set<Course>() on a.CourseId equals c.Id into courses
                          from c in courses.DefaultIfEmpty()
                          orderby a.AwardedOn, a.Id
                          select new { a.MemberId, a.Kind, a.AwardedOn, a.SourceKind, a.SourceDescription, Organisation = o.Name, Course = c == null ? null : c.Title })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.MemberId, r => r.SourceKind == AccreditationSourceKind.CourseCompletion
            ? new BrokerAccreditationView(InWords(r.Kind), BrokerAccreditationSource.Course, $"Completed {r.Course} with {r.Organisation.Value}", r.AwardedOn)
            : new BrokerAccreditationView(InWords(r.Kind), BrokerAccreditationSource.RecordedByOrganiser, $"{r.SourceDescription} (recorded by {r.Organisation.Value})", r.AwardedOn));
    }

    private static string InWords(AccreditationKind kind) => char.ToUpperInvariant(kind.Name[0]) + kind.Name[1..];
}
