using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Plans;

namespace Timebank.Api.Features.Plans;

/// <summary>
/// Who an organisation serves (its clients): a provider's active CUSTOMERs; a council's or user-led group's active
/// members. Plans, journals and client voice all ask this one rule.
/// </summary>
public static class ServedPeople
{
    public static bool Serves(OrganisationKind kind, Membership? membership)
        => membership is { IsActive: true } && (kind != OrganisationKind.Provider || membership.Has(Roles.Customer));

    public static async Task<bool> IsServedAsync(TimebankDbContext db, Id<Organisation> organisation, Id<Member> person, CancellationToken cancellationToken)
    {
        var kind = await db.Organisations.Where(o => o.Id == organisation).Select(o => o.Kind).SingleAsync(cancellationToken);
        var membership = await db.Memberships.AsNoTracking().FirstOrDefaultAsync(m => m.OrganisationId == organisation && m.MemberId == person && m.Status == MembershipStatus.Active, cancellationToken);
        return Serves(kind, membership);
    }

    /// <summary>The organisations that serve the person.</summary>
    public static async Task<List<Id<Organisation>>> ServingAsync(TimebankDbContext db, Id<Member> person, CancellationToken cancellationToken)
    {
        var rows = await db.Memberships.AsNoTracking().Where(m => m.MemberId == person && m.Status == MembershipStatus.Active)
            .Join(db.Organisations.AsNoTracking(), m => m.OrganisationId, o => o.Id, (m, o) => new { m, o.Kind })
            .ToListAsync(cancellationToken);
        return rows.Where(r => Serves(r.Kind, r.m)).Select(r => r.m.OrganisationId).ToList();
    }

    /// <summary>Refuses, naming the person, anyone the organisation does not serve: holding a plan and a place at Planning Live follow this rule.</summary>
    public static async Task RequireServedAsync(TimebankDbContext db, Id<Organisation> organisation, Id<Member> person, CancellationToken cancellationToken)
    {
        if (!await IsServedAsync(db, organisation, person, cancellationToken))
            throw new DomainException(new PersonNotServed(await NameAsync(db, person, cancellationToken)));
    }

    /// <summary>A person's name for a refusal, never their id.</summary>
    public static async Task<string> NameAsync(TimebankDbContext db, Id<Member> person, CancellationToken cancellationToken)
        => await db.Members.Where(m => m.Id == person).Select(m => m.DisplayName.Value).FirstOrDefaultAsync(cancellationToken) ?? "This person";
}
