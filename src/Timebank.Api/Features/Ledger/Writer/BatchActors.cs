using Timebank.Domain.Ledger;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Ledger;

/// <summary>
/// Who asked for each row a batch writes, for the write seam: a submission's transfers (and their entries and holds)
/// and the rows it inserts are its actor's. Accounts' running totals are left unattributed: many submissions change them.
/// </summary>
internal sealed class BatchActors
{
    private readonly Dictionary<Id<Transfer>, Id<Member>> _transfers = [];
    private readonly Dictionary<object, Id<Member>> _rows = new(ReferenceEqualityComparer.Instance);

    public void Add(Id<Member>? actor, IEnumerable<Transfer> transfers, IEnumerable<object> rows)
    {
        if (actor is not { } member)
            return;
        foreach (var transfer in transfers)
            _transfers[transfer.Id] = member;
        foreach (var row in rows)
            _rows[row] = member;
    }

    public Id<Member>? Of(object entity) => entity switch
    {
        Transfer transfer => ByTransfer(transfer.Id),
        AccountEntry entry => ByTransfer(entry.TransferId),
        OpenHold hold => ByTransfer(hold.TransferId),
        _ => _rows.TryGetValue(entity, out var member) ? member : null,
    };

    private Id<Member>? ByTransfer(Id<Transfer> transfer) => _transfers.TryGetValue(transfer, out var member) ? member : null;
}
