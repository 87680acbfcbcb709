using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi.Cash;

namespace Timebank.Api.Features.Flexi;

/// <summary>Joint purchases as the domain knows them: the request row with its shares, agreements, decision and receipt restored onto it.</summary>
public static class JointPurchaseStore
{
    public static async Task<List<JointPurchase>> LoadAsync(TimebankDbContext db, IQueryable<JointPurchaseRow> query, Instant now, CancellationToken cancellationToken)
    {
        var rows = await query.AsNoTracking().ToListAsync(cancellationToken);
        var ids = rows.Select(p => p.Id).ToList();
        var shares = (await db.Set<JointShareRow>().AsNoTracking().Where(s => ids.Contains(s.PurchaseId)).ToListAsync(cancellationToken)).ToLookup(s => s.PurchaseId);
        var agreed = await db.Set<JointShareAgreement>().AsNoTracking().Where(a => ids.Contains(a.PurchaseId)).ToDictionaryAsync(a => (a.PurchaseId, a.BudgetId), a => a.AgreedAt, cancellationToken);
        var decisions = await db.Set<JointPurchaseDecision>().AsNoTracking().Where(d => ids.Contains(d.PurchaseId)).ToDictionaryAsync(d => d.PurchaseId, cancellationToken);
        var receipts = await db.Set<JointPurchaseReceipt>().AsNoTracking().Where(r => ids.Contains(r.PurchaseId)).ToDictionaryAsync(r => r.PurchaseId, cancellationToken);
        return [.. rows.Select(row =>
        {
            var decision = decisions.GetValueOrDefault(row.Id);
            var parts = shares[row.Id].OrderBy(s => s.Position)
                .Select(s => new JointShare(s.BudgetId, s.CustomerId, s.Pence, agreed.TryGetValue((row.Id, s.BudgetId), out var at) ? at : null));
            return JointPurchase.Restore(row.Id, row.ServiceId, PurchaseDetails.FromStored(row.Supplier, row.Category, row.Description, row.Outcome), row.RequestedBy,
                row.RequestedAt, row.ExpiresAt, row.NeedsSignOff, parts, decision?.Status, decision is null ? null : new SignOff(decision.By, decision.At, decision.Reason),
                receipts.GetValueOrDefault(row.Id)?.ToReceipt(), now);
        })];
    }

    /// <summary>The rows a newly requested joint purchase is written as (the requester's own agreement among them).</summary>
    public static IEnumerable<object> RowsOf(JointPurchase purchase)
    {
        yield return JointPurchaseRow.Of(purchase);
        for (var i = 0; i < purchase.Shares.Count; i++)
        {
            var share = purchase.Shares[i];
            yield return new JointShareRow(purchase.Id, share.BudgetId, share.CustomerId, share.Pence, i);
        }
        foreach (var share in purchase.Shares.Where(s => s.AgreedAt is not null))
            yield return new JointShareAgreement(purchase.Id, share.BudgetId, share.AgreedAt!.Value);
    }
}
