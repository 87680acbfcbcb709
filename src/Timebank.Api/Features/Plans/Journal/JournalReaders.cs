using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Plans.Journal;

namespace Timebank.Api.Features.Plans.Journal;

/// <summary>
/// Who reads a journal entry: the person; and a member of staff it is shared with while they still hold a support
/// role in the organisation they were shared through. Commissioners never (a commissioner role is not a support role).
/// Shares are read from the store every time, so a withdrawal holds from the next request.
/// </summary>
public sealed class JournalReaders(IDbContextFactory<TimebankDbContext> databases, Viewer viewer)
{
    public async Task<bool> MayReadAsync(JournalEntry entry, CancellationToken cancellationToken)
    {
        if (await viewer.TryGetIdAsync() is not { } me)
            return false;
        if (me == entry.PersonId)
            return true;
        return (await SharedWithMeAsync([entry.Id], cancellationToken)).Contains(entry.Id);
    }

    /// <summary>Of these entries, those shared with the viewer through an organisation where they still support people.</summary>
    public async Task<IReadOnlySet<Id<JournalEntry>>> SharedWithMeAsync(IReadOnlyList<Id<JournalEntry>> entries, CancellationToken cancellationToken)
    {
        if (await viewer.TryGetIdAsync() is not { } me)
            return new HashSet<Id<JournalEntry>>();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var shares = await db.Set<JournalShare>().AsNoTracking().Where(s => s.MemberId == me && entries.Contains(s.EntryId)).ToListAsync(cancellationToken);
        var visible = new HashSet<Id<JournalEntry>>();
        foreach (var share in shares)
        {
            if ((await viewer.MembershipInAsync(share.OrganisationId))?.Has(PlanAccess.SupportRoles) == true)
                visible.Add(share.EntryId);
        }
        return visible;
    }

    /// <summary>A person's entries shared with the viewer, newest first.</summary>
    public async Task<IReadOnlyList<JournalEntry>> SharedEntriesAsync(Id<Member> person, int limit, CancellationToken cancellationToken)
    {
        if (await viewer.TryGetIdAsync() is not { } me)
            return [];
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<JournalShare>().AsNoTracking().Where(s => s.MemberId == me)
            .Join(db.Set<JournalEntry>().AsNoTracking().Where(e => e.PersonId == person), s => s.EntryId, e => e.Id, (s, e) => new { s.OrganisationId, Entry = e })
            .OrderByDescending(x => x.Entry.Id).Take(limit).ToListAsync(cancellationToken);
        var visible = new List<JournalEntry>();
        foreach (var row in rows)
        {
            if ((await viewer.MembershipInAsync(row.OrganisationId))?.Has(PlanAccess.SupportRoles) == true)
                visible.Add(row.Entry);
        }
        return visible;
    }
}

/// <summary>Whom each entry is shared with, for the person's own view, in one query per response level.</summary>
public sealed class JournalSharesLoader(IDbContextFactory<TimebankDbContext> databases) : Platform.GraphQL.Loading.BatchLoader<Id<JournalEntry>, IReadOnlyList<JournalShare>>
{
    protected override async Task<IReadOnlyDictionary<Id<JournalEntry>, IReadOnlyList<JournalShare>>> FetchAsync(IReadOnlyList<Id<JournalEntry>> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var shares = await db.Set<JournalShare>().AsNoTracking().Where(s => keys.Contains(s.EntryId)).OrderBy(s => s.SharedAt).ToListAsync(cancellationToken);
        return shares.GroupBy(s => s.EntryId).ToDictionary(g => g.Key, g => (IReadOnlyList<JournalShare>)g.ToList());
    }
}
