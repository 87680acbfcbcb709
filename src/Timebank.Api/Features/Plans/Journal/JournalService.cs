using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Journal;

namespace Timebank.Api.Features.Plans.Journal;

/// <summary>
/// Writing and sharing a person's journal. Only the person writes and shares it; the text is never logged
/// (nothing here logs, and refusals name fields and people, never what was written).
/// </summary>
public sealed class JournalService(IDbContextFactory<TimebankDbContext> databases, PlanAccess access)
{
    public const string TypeName = "JournalEntry";
    public const int MaxSharedAtOnce = 20;

    public async Task<JournalEntry> AddAsync(AddJournalEntryInput input, CancellationToken cancellationToken)
    {
        var me = await access.MeAsync();
        var entry = JournalEntry.Write(me, input.Text, input.ToAttachments(), access.Now);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    /// <summary>Shares with each named member of staff, through an organisation where they support the person; all or none.</summary>
    public async Task<JournalEntry> ShareAsync(ShareJournalEntryInput input, CancellationToken cancellationToken)
    {
        var staff = Members(input);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var entry = await OwnEntryAsync(db, input.EntryId, cancellationToken);
            var serving = await ServedPeople.ServingAsync(db, entry.PersonId, cancellationToken);
            var already = await db.Set<JournalShare>().Where(s => s.EntryId == entry.Id && staff.Contains(s.MemberId)).Select(s => s.MemberId).ToListAsync(cancellationToken);
            var supporting = await db.Memberships.AsNoTracking()
                .Where(m => staff.Contains(m.MemberId) && serving.Contains(m.OrganisationId) && m.Status == MembershipStatus.Active)
                .ToListAsync(cancellationToken);
            foreach (var member in staff.Except(already))
            {
                // A commissioner alone never reads a journal: the share needs a support role where the person is served.
                var through = supporting.FirstOrDefault(m => m.MemberId == member && m.Has(PlanAccess.SupportRoles))
                    ?? throw new DomainException(new NotYourStaff(await ServedPeople.NameAsync(db, member, cancellationToken)));
                db.Add(JournalShare.With(entry, member, through.OrganisationId, access.Now));
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return entry;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // The same share made twice at once: the unique index keeps one; the next attempt finds it made.
            }
        }
    }

    public async Task<JournalEntry> UnshareAsync(ShareJournalEntryInput input, CancellationToken cancellationToken)
    {
        var staff = Members(input);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var entry = await OwnEntryAsync(db, input.EntryId, cancellationToken);
        // Shares are read from the store on every request, so deleting the rows withdraws them from the next one.
        await db.Set<JournalShare>().Where(s => s.EntryId == entry.Id && staff.Contains(s.MemberId)).ExecuteDeleteAsync(cancellationToken);
        return entry;
    }

    private static List<Id<Member>> Members(ShareJournalEntryInput input)
    {
        if (input.MemberIds.Count is 0 or > MaxSharedAtOnce)
            throw new DomainException(new ValidationFailed("memberIds", $"name from 1 to {MaxSharedAtOnce} people"));
        return input.MemberIds.Select((m, i) => GlobalId.Parse<Member>(m, MemberType.TypeName, $"memberIds[{i}]")).Distinct().ToList();
    }

    private async Task<JournalEntry> OwnEntryAsync(TimebankDbContext db, string entryId, CancellationToken cancellationToken)
    {
        var me = await access.MeAsync();
        var entry = GlobalId.TryParse<JournalEntry>(entryId, TypeName) is { } id
            ? await db.Set<JournalEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
            : null;
        if (entry is null)
            throw new DomainException(new NotFound("journal entry", entryId));
        entry.RequireOwner(me, entryId);
        return entry;
    }
}
