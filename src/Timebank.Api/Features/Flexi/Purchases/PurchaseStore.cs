using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi.Cash;

namespace Timebank.Api.Features.Flexi;

/// <summary>Purchases as the domain knows them: the request row with its sign-off, receipt and note restored onto it.</summary>
public static class PurchaseStore
{
    public static async Task<List<Purchase>> LoadAsync(TimebankDbContext db, IQueryable<Purchase> query, Instant now, CancellationToken cancellationToken)
    {
        var purchases = await query.AsNoTracking().ToListAsync(cancellationToken);
        var ids = purchases.Select(p => p.Id).ToList();
        var decisions = await db.Set<PurchaseDecision>().AsNoTracking().Where(d => ids.Contains(d.PurchaseId)).ToDictionaryAsync(d => d.PurchaseId, cancellationToken);
        var receipts = await db.Set<PurchaseReceipt>().AsNoTracking().Where(r => ids.Contains(r.PurchaseId)).ToDictionaryAsync(r => r.PurchaseId, cancellationToken);
        var notes = await db.Set<PurchaseConversation>().AsNoTracking().Where(c => ids.Contains(c.PurchaseId)).ToDictionaryAsync(c => c.PurchaseId, cancellationToken);
        foreach (var purchase in purchases)
        {
            var decision = decisions.GetValueOrDefault(purchase.Id);
            var note = notes.GetValueOrDefault(purchase.Id);
            purchase.Restore(decision?.Status, decision is null ? null : new SignOff(decision.By, decision.At, decision.Reason),
                receipts.GetValueOrDefault(purchase.Id)?.ToReceipt(), note is null ? null : new ConversationNote(note.Note, note.By, note.At), now);
        }
        return purchases;
    }
}
