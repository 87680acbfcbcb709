using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Plans;

namespace Timebank.Api.Features.Plans;

/// <summary>
/// Whom an organisation plans with: a provider its customers, a council or user-led group its active members.
/// One rule for holding a plan and for a place in a Planning Live session.
/// </summary>
public static class ServedPeople
{
    public static async Task RequireServedAsync(TimebankDbContext db, Id<Organisation> organisation, Id<Member> person, CancellationToken cancellationToken)
    {
        var kind = await db.Organisations.Where(o => o.Id == organisation).Select(o => o.Kind).SingleAsync(cancellationToken);
        var membership = await db.Memberships.AsNoTracking().FirstOrDefaultAsync(m => m.OrganisationId == organisation && m.MemberId == person && m.Status == MembershipStatus.Active, cancellationToken);
        if (membership is null || (kind == OrganisationKind.Provider && !membership.Has(Roles.Customer)))
        {
            var name = await db.Members.Where(m => m.Id == person).Select(m => m.DisplayName.Value).FirstOrDefaultAsync(cancellationToken) ?? "This person";
            throw new DomainException(new PersonNotServed(name));
        }
    }
}
