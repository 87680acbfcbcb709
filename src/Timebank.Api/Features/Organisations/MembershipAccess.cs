using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Organisations;

public sealed record MembershipList(IReadOnlyList<Membership> Items);

/// <summary>Every membership of each asked-for member, in one query.</summary>
public sealed class MembershipsOfMemberLoader(IDbContextFactory<TimebankDbContext> databases) : BatchLoader<Id<Member>, MembershipList>
{
    protected override async Task<IReadOnlyDictionary<Id<Member>, MembershipList>> FetchAsync(IReadOnlyList<Id<Member>> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await db.Memberships.AsNoTracking().Where(m => keys.Contains(m.MemberId)).ToListAsync(cancellationToken);
        return rows.GroupBy(m => m.MemberId).ToDictionary(g => g.Key, g => new MembershipList(g.ToList()));
    }
}

/// <summary>
/// Who may see whom. A member sees themselves; active members of an organisation see each other's names and active
/// memberships; its coordinators and managers also see pending requests and members' email addresses. Nobody sees
/// into an organisation they do not belong to.
/// </summary>
public sealed class MembershipAccess(Viewer viewer, MembershipsOfMemberLoader membershipsOf) : IMemberVisibility
{
    public async Task<bool> CanSeeMemberAsync(Id<Member> member)
    {
        if (await viewer.TryGetIdAsync() is not { } me)
            return false;
        if (me == member)
            return true;
        var mine = await viewer.MembershipsAsync();
        var theirs = await membershipsOf.LoadAsync(member);
        return theirs?.Items.Any(m => mine.GetValueOrDefault(m.OrganisationId) is { } own && (own.CanAdminister || (own.IsActive && m.IsActive))) == true;
    }

    /// <summary>
    /// Email and other contact details: the member themselves, or an administrator of an organisation they belong to
    /// or asked to join. Deferred, so a list of members checks them all with one query.
    /// </summary>
    public IDataLoaderResult<bool> CanSeePrivateDetails(Id<Member> member)
        => membershipsOf.Load(member).Then(async theirs =>
        {
            if (await viewer.TryGetIdAsync() is not { } me)
                return false;
            if (me == member)
                return true;
            var mine = await viewer.MembershipsAsync();
            return theirs?.Items.Any(m => mine.GetValueOrDefault(m.OrganisationId)?.CanAdminister == true) == true;
        });

    public async Task<bool> CanSeeMembershipAsync(Membership membership)
    {
        if (await viewer.TryGetIdAsync() is not { } me)
            return false;
        if (membership.MemberId == me)
            return true;
        var own = await viewer.MembershipInAsync(membership.OrganisationId);
        return own is not null && (own.CanAdminister || (own.IsActive && membership.IsActive));
    }
}
