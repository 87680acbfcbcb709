using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Courses.Hours;

/// <summary>Statement lines of banked teaching and mentoring hours read as "Facilitated "Session 1" of Peer brokerage (2 hours): Riverside Training".</summary>
public sealed class HoursCreditDescriber(IDbContextFactory<TimebankDbContext> databases) : ILedgerLineDescriber
{
    public async Task<IReadOnlyDictionary<Id<Transfer>, string>> DescribeAsync(IReadOnlyCollection<Id<Transfer>> transfers, CancellationToken cancellationToken)
    {
        var ids = transfers.Distinct().ToList();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await (from credit in db.Set<HoursCredit>().AsNoTracking()
                          join organisation in db.Organisations.AsNoTracking() on credit.OrganisationId equals organisation.Id
                          where ids.Contains(credit.TransferId)
                          select new { credit.TransferId, credit.Description, organisation.Name }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.TransferId, r => $"{r.Description}: {r.Name.Value}");
    }
}
