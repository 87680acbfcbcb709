using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

/// <summary>
/// Checks the ledger's invariants against what is stored, recomputing everything from the journal:
/// per ledger the posted balances sum to zero and pending debits equal pending credits; no account lies past its
/// limits; each account's running totals equal its journal, its holds and its statement; each statement's running
/// balances add up line by line; open holds are exactly the holds without a resolution.
/// Returns one sentence per violation; an empty list means the books are sound.
/// </summary>
public static class LedgerInvariants
{
    public static async Task<IReadOnlyList<string>> CheckAsync(TimebankDbContext db, CancellationToken cancellationToken = default)
    {
        var violations = new List<string>();
        var accounts = await db.Set<Account>().AsNoTracking().ToDictionaryAsync(a => a.Id, cancellationToken);

        foreach (var ledger in accounts.Values.GroupBy(a => a.LedgerId))
        {
            var posted = ledger.Sum(a => a.Posted);
            if (posted != 0)
                violations.Add($"ledger {ledger.Key}: posted balances sum to {posted}, not 0");
            var debits = ledger.Sum(a => a.PendingDebits);
            var credits = ledger.Sum(a => a.PendingCredits);
            if (debits != credits)
                violations.Add($"ledger {ledger.Key}: pending debits {debits} differ from pending credits {credits}");
        }

        // Held amounts, recomputed from the journal's unresolved holds.
        var unresolved = await db.Set<Transfer>().AsNoTracking()
            .Where(t => t.Kind == TransferKind.Pending && !db.Set<Transfer>().Any(r => r.PendingId == t.Id))
            .Select(t => new { t.Id, t.DebitAccountId, t.CreditAccountId, t.Amount })
            .ToListAsync(cancellationToken);
        var heldOut = unresolved.GroupBy(t => t.DebitAccountId).ToDictionary(g => g.Key, g => g.Sum(t => t.Amount));
        var heldIn = unresolved.GroupBy(t => t.CreditAccountId).ToDictionary(g => g.Key, g => g.Sum(t => t.Amount));
        var open = (await db.Set<OpenHold>().AsNoTracking().Select(h => h.TransferId).ToListAsync(cancellationToken)).ToHashSet();
        if (!open.SetEquals(unresolved.Select(t => t.Id)))
            violations.Add($"open holds ({open.Count}) are not exactly the unresolved holds of the journal ({unresolved.Count})");

        // Posted balances, recomputed from the journal's moving transfers.
        var moves = await db.Set<Transfer>().AsNoTracking()
            .Where(t => t.Kind == TransferKind.Posted || t.Kind == TransferKind.PostPending)
            .GroupBy(t => t.CreditAccountId).Select(g => new { Account = g.Key, Amount = g.Sum(t => t.Amount) })
            .ToDictionaryAsync(x => x.Account, x => x.Amount, cancellationToken);
        var movesOut = await db.Set<Transfer>().AsNoTracking()
            .Where(t => t.Kind == TransferKind.Posted || t.Kind == TransferKind.PostPending)
            .GroupBy(t => t.DebitAccountId).Select(g => new { Account = g.Key, Amount = g.Sum(t => t.Amount) })
            .ToDictionaryAsync(x => x.Account, x => x.Amount, cancellationToken);

        var statements = await db.Set<AccountEntry>().AsNoTracking()
            .GroupBy(e => e.AccountId)
            .Select(g => new { Account = g.Key, Sum = g.Sum(e => e.Change), Count = g.LongCount(), Last = g.Max(e => e.Sequence) })
            .ToDictionaryAsync(x => x.Account, cancellationToken);
        var closing = await db.Set<AccountEntry>().AsNoTracking()
            .Where(e => e.Sequence == db.Set<AccountEntry>().Where(x => x.AccountId == e.AccountId).Max(x => x.Sequence))
            .ToDictionaryAsync(e => e.AccountId, e => e.BalanceAfter, cancellationToken);

        foreach (var account in accounts.Values)
        {
            var fromJournal = moves.GetValueOrDefault(account.Id) - movesOut.GetValueOrDefault(account.Id);
            if (account.Posted != fromJournal)
                violations.Add($"account {account.Id}: stored posted {account.Posted}, journal says {fromJournal}");
            if (account.PendingDebits != heldOut.GetValueOrDefault(account.Id) || account.PendingCredits != heldIn.GetValueOrDefault(account.Id))
                violations.Add($"account {account.Id}: stored holds {account.PendingDebits}/{account.PendingCredits}, journal says {heldOut.GetValueOrDefault(account.Id)}/{heldIn.GetValueOrDefault(account.Id)}");
            if (account.Posted - account.PendingDebits < account.Floor || account.Posted + account.PendingCredits > account.Ceiling)
                violations.Add($"account {account.Id}: balance {account.Posted} ({account.PendingDebits} held) lies past its limits [{account.Floor}, {account.Ceiling}]");
            // Recomputed availability: lost updates on the holds would hide a crossing the stored row does not show.
            var available = fromJournal - heldOut.GetValueOrDefault(account.Id);
            if (available < account.Floor || fromJournal + heldIn.GetValueOrDefault(account.Id) > account.Ceiling)
                violations.Add($"account {account.Id}: by its journal it lies past its limits ({available} available)");
            var statement = statements.GetValueOrDefault(account.Id);
            var (sum, count, last) = statement is null ? (0L, 0L, 0L) : (statement.Sum, statement.Count, statement.Last);
            if (sum != account.Posted || count != account.EntryCount || last != account.EntryCount
                || (count > 0 && closing.GetValueOrDefault(account.Id) != account.Posted))
                violations.Add($"account {account.Id}: statement ({count} lines, sum {sum}) disagrees with the account ({account.EntryCount} lines, posted {account.Posted})");
        }

        // Each statement line's balance is the previous line's balance plus its change.
        var broken = await (from line in db.Set<AccountEntry>()
                            join previous in db.Set<AccountEntry>()
                                on new { line.AccountId, Sequence = line.Sequence - 1 } equals new { previous.AccountId, previous.Sequence } into before
                            from previous in before.DefaultIfEmpty()
                            where (previous == null && line.Sequence == 1 && line.BalanceAfter != line.Change)
                                || (previous != null && previous.BalanceAfter + line.Change != line.BalanceAfter)
                            select new { line.AccountId, line.Sequence }).Take(10).ToListAsync(cancellationToken);
        violations.AddRange(broken.Select(b => $"account {b.AccountId}: statement line {b.Sequence} does not follow from the line before"));
        return violations;
    }
}
