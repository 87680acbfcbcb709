using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed class TimebankByLedgerLoader(IDbContextFactory<TimebankDbContext> databases) : BatchLoader<Id<Domain.Ledger.Ledger>, TimebankSettings>
{
    protected override async Task<IReadOnlyDictionary<Id<Domain.Ledger.Ledger>, TimebankSettings>> FetchAsync(
        IReadOnlyList<Id<Domain.Ledger.Ledger>> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Set<TimebankSettings>().AsNoTracking().Where(t => keys.Contains(t.LedgerId)).ToDictionaryAsync(t => t.LedgerId, cancellationToken);
    }
}
