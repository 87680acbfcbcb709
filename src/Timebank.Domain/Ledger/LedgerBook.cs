using NodaTime;

namespace Timebank.Domain.Ledger;

/// <summary>
/// One movement asked of the ledger: from the debit account to the credit account. <paramref name="ValueDate"/> is the
/// day it is about, given by the feature (the day help was given; otherwise today in the feature's time zone).
/// </summary>
public sealed record TransferOrder(Id<Account> Debit, Id<Account> Credit, Amount Amount, int Code, LocalDate ValueDate);

/// <summary>
/// The ledger's rules applied to a set of loaded accounts and holds, as one unit of work: every movement updates
/// the running totals, writes the journal row and the statement entries, and checks the limits. A failed step
/// leaves nothing behind (<see cref="Atomically{T}"/>), so many requests can share one book and one database
/// commit while each keeps its own outcome.
/// </summary>
public sealed class LedgerBook
{
    private readonly Dictionary<Id<Account>, Account> _accounts;
    private readonly Dictionary<Id<Transfer>, OpenHold> _openHolds;
    private readonly Dictionary<Id<Transfer>, TransferKind> _resolvedHolds;
    private readonly HashSet<Id<Transfer>> _reversed;
    private readonly Dictionary<Id<Transfer>, Transfer> _known;
    private readonly List<Transfer> _transfers = [];
    private readonly List<AccountEntry> _entries = [];
    private readonly List<OpenHold> _holdsOpened = [];
    private readonly List<OpenHold> _holdsClosed = [];
    private readonly List<AccountState> _undo = [];

    /// <param name="accounts">Every account the work may touch, as loaded (and locked) for this unit of work.</param>
    /// <param name="openHolds">Open holds the work may resolve.</param>
    /// <param name="resolvedHolds">Holds already resolved, with how, so a second resolution is told apart from an unknown id.</param>
    /// <param name="transfers">Transfers the work may reverse.</param>
    /// <param name="reversed">Transfers that already have a reversal.</param>
    public LedgerBook(
        IEnumerable<Account> accounts,
        IEnumerable<OpenHold>? openHolds = null,
        IReadOnlyDictionary<Id<Transfer>, TransferKind>? resolvedHolds = null,
        IEnumerable<Transfer>? transfers = null,
        IEnumerable<Id<Transfer>>? reversed = null)
    {
        _known = (transfers ?? []).ToDictionary(t => t.Id);
        _accounts = accounts.ToDictionary(a => a.Id);
        _openHolds = (openHolds ?? []).ToDictionary(h => h.TransferId);
        _resolvedHolds = new Dictionary<Id<Transfer>, TransferKind>(resolvedHolds ?? new Dictionary<Id<Transfer>, TransferKind>());
        _reversed = [.. reversed ?? []];
    }

    public IReadOnlyList<Transfer> NewTransfers => _transfers;
    public IReadOnlyList<AccountEntry> NewEntries => _entries;
    public IReadOnlyList<OpenHold> HoldsOpened => _holdsOpened;
    public IReadOnlyList<OpenHold> HoldsClosed => _holdsClosed;

    /// <summary>Accounts whose totals changed in this book.</summary>
    public IEnumerable<Account> ChangedAccounts => _undo.Select(s => s.Account).Distinct();

    public Account Account(Id<Account> id)
        => _accounts.TryGetValue(id, out var account) ? account : throw new DomainException(new NotFound("account"));

    public OpenHold? FindOpenHold(Id<Transfer> id) => _openHolds.GetValueOrDefault(id);

    /// <summary>Runs <paramref name="work"/>; if it is refused, every change it made to this book is undone.</summary>
    public T Atomically<T>(Func<T> work)
    {
        var mark = (Undo: _undo.Count, Transfers: _transfers.Count, Entries: _entries.Count, Opened: _holdsOpened.Count, Closed: _holdsClosed.Count);
        try
        {
            return work();
        }
        catch (DomainException)
        {
            for (var i = _undo.Count - 1; i >= mark.Undo; i--)
                _undo[i].Account.Restore(_undo[i]);
            _undo.RemoveRange(mark.Undo, _undo.Count - mark.Undo);
            foreach (var undone in _transfers.Skip(mark.Transfers))
            {
                _known.Remove(undone.Id);
                if (undone.ReversesId is { } original)
                    _reversed.Remove(original);
            }
            foreach (var hold in _holdsOpened.Skip(mark.Opened))
                _openHolds.Remove(hold.TransferId);
            foreach (var hold in _holdsClosed.Skip(mark.Closed))
            {
                _openHolds[hold.TransferId] = hold;
                _resolvedHolds.Remove(hold.TransferId);
            }
            _transfers.RemoveRange(mark.Transfers, _transfers.Count - mark.Transfers);
            _entries.RemoveRange(mark.Entries, _entries.Count - mark.Entries);
            _holdsOpened.RemoveRange(mark.Opened, _holdsOpened.Count - mark.Opened);
            _holdsClosed.RemoveRange(mark.Closed, _holdsClosed.Count - mark.Closed);
            throw;
        }
    }

    /// <summary>Moves the amount now.</summary>
    public Transfer Post(TransferOrder order, Instant now, Guid? linkId = null)
        => Atomically(() =>
        {
            var (debit, credit) = Pair(order);
            Change(debit, a => a.Debit(order.Amount.Value));
            Change(credit, a => a.Credit(order.Amount.Value));
            var transfer = Record(Transfer.Create(debit.LedgerId, TransferKind.Posted, debit.Id, credit.Id, order.Amount.Value, order.Code, now, linkId: linkId));
            Entries(transfer, debit, credit, order.Amount.Value, now, order.ValueDate);
            return transfer;
        });

    /// <summary>Moves every order or none of them (a joint purchase, a group session).</summary>
    public IReadOnlyList<Transfer> PostLinked(IReadOnlyList<TransferOrder> orders, Instant now)
    {
        if (orders.Count == 0)
            throw new DomainException(new ValidationFailed("transfers", "must not be empty"));
        var link = Guid.CreateVersion7();
        return Atomically(() => orders.Select(order => Post(order, now, link)).ToList());
    }

    /// <summary>Holds the amount against the debit account's available balance until it is posted, voided or expires.</summary>
    public Transfer Hold(TransferOrder order, Instant? expiresAt, Instant now)
        => Atomically(() =>
        {
            if (expiresAt <= now)
                throw new DomainException(new ValidationFailed("expiresAt", "must be in the future"));
            var (debit, credit) = Pair(order);
            Change(debit, a => a.HoldDebit(order.Amount.Value));
            Change(credit, a => a.HoldCredit(order.Amount.Value));
            var transfer = Record(Transfer.Create(debit.LedgerId, TransferKind.Pending, debit.Id, credit.Id, order.Amount.Value, order.Code, now, expiresAt: expiresAt));
            var hold = new OpenHold(transfer.Id, transfer.LedgerId, debit.Id, credit.Id, transfer.Amount, expiresAt, order.Code, order.ValueDate);
            _openHolds.Add(hold.TransferId, hold);
            _holdsOpened.Add(hold);
            return transfer;
        });

    /// <summary>Posts a hold in full, or for less (the rest is released).</summary>
    public Transfer PostHold(Id<Transfer> holdId, long? amount, Instant now)
        => Atomically(() =>
        {
            var hold = Resolvable(holdId, now);
            var (debit, credit) = (Account(hold.DebitAccountId), Account(hold.CreditAccountId));
            var posted = amount ?? hold.Amount;
            if (posted <= 0)
                throw new DomainException(new ValidationFailed("amount", "must be more than zero; void the hold instead"));
            if (posted > hold.Amount)
                throw new DomainException(AmountExceedsHold.Of(hold.Amount, debit.Unit));
            var transfer = Close(hold, TransferKind.PostPending, posted, now);
            Change(debit, a => a.Debit(posted));
            Change(credit, a => a.Credit(posted));
            // Posted later, still about the day the hold was about.
            Entries(transfer, debit, credit, posted, now, hold.ValueDate);
            return transfer;
        });

    public Transfer VoidHold(Id<Transfer> holdId, Instant now)
        => Atomically(() => Close(Resolvable(holdId, now), TransferKind.VoidPending, amount: null, now));

    /// <summary>Expires a hold whose deadline has come (refused before it).</summary>
    public Transfer ExpireHold(Id<Transfer> holdId, Instant now)
        => Atomically(() =>
        {
            var hold = Open(holdId);
            if (!hold.IsExpiredAt(now))
                throw new DomainException(new ValidationFailed("transferId", "the hold has not reached its deadline"));
            return Close(hold, TransferKind.ExpirePending, amount: null, now);
        });

    /// <summary>Undoes a posted movement with a new transfer the other way that points at it, dated <paramref name="valueDate"/>.</summary>
    public Transfer Reverse(Id<Transfer> transferId, int code, Instant now, LocalDate valueDate)
        => Atomically(() =>
        {
            var original = _known.TryGetValue(transferId, out var known) ? known : throw new DomainException(new NotFound("transfer"));
            if (!original.MovesPostedBalance)
                throw new DomainException(new NotReversible("Only a transfer that moved a balance can be reversed; void or let a hold expire instead."));
            if (original.ReversesId is not null)
                throw new DomainException(new NotReversible("A reversal cannot itself be reversed; record a new transfer instead."));
            if (_reversed.Contains(original.Id))
                throw new DomainException(new AlreadyReversed(original.Id));
            var (debit, credit) = (Account(original.CreditAccountId), Account(original.DebitAccountId));
            Change(debit, a => a.Debit(original.Amount));
            Change(credit, a => a.Credit(original.Amount));
            var transfer = Record(Transfer.Create(original.LedgerId, TransferKind.Posted, debit.Id, credit.Id, original.Amount, code, now, reversesId: original.Id));
            Entries(transfer, debit, credit, original.Amount, now, valueDate);
            _reversed.Add(original.Id);
            return transfer;
        });

    /// <summary>Changes an account's limits inside the same unit of work as the movements around it.</summary>
    public void SetLimits(Id<Account> accountId, BalanceLimits limits)
        => Atomically(() =>
        {
            var account = Account(accountId);
            Change(account, a => a.SetLimits(limits));
            return 0;
        });

    private (Account Debit, Account Credit) Pair(TransferOrder order)
    {
        if (order.Debit == order.Credit)
            throw new DomainException(new ValidationFailed("accounts", "debit and credit must be different accounts"));
        var debit = Account(order.Debit);
        var credit = Account(order.Credit);
        if (debit.LedgerId != credit.LedgerId)
            throw new DomainException(new DifferentLedgers());
        return (debit, credit);
    }

    private OpenHold Open(Id<Transfer> holdId)
    {
        if (_openHolds.TryGetValue(holdId, out var hold))
            return hold;
        if (_resolvedHolds.TryGetValue(holdId, out var how))
            throw new DomainException(new HoldNotPending(holdId, how switch
            {
                TransferKind.PostPending => "POSTED",
                TransferKind.VoidPending => "VOIDED",
                _ => "EXPIRED",
            }));
        throw new DomainException(new NotFound("hold"));
    }

    private OpenHold Resolvable(Id<Transfer> holdId, Instant now)
    {
        var hold = Open(holdId);
        return hold.IsExpiredAt(now) ? throw new DomainException(new HoldExpired(holdId)) : hold;
    }

    private Transfer Close(OpenHold hold, TransferKind how, long? amount, Instant now)
    {
        Change(Account(hold.DebitAccountId), a => a.ReleaseDebit(hold.Amount));
        Change(Account(hold.CreditAccountId), a => a.ReleaseCredit(hold.Amount));
        _openHolds.Remove(hold.TransferId);
        _resolvedHolds[hold.TransferId] = how;
        _holdsClosed.Add(hold);
        return Record(Transfer.Create(hold.LedgerId, how, hold.DebitAccountId, hold.CreditAccountId, amount ?? hold.Amount, hold.Code, now, pendingId: hold.TransferId));
    }

    private void Change(Account account, Action<Account> change)
    {
        _undo.Add(account.Capture());
        change(account);
    }

    private Transfer Record(Transfer transfer)
    {
        _transfers.Add(transfer);
        _known[transfer.Id] = transfer;
        return transfer;
    }

    private void Entries(Transfer transfer, Account debit, Account credit, long amount, Instant now, LocalDate valueDate)
    {
        _entries.Add(new AccountEntry(debit.Id, debit.NextEntry(), transfer.Id, -amount, debit.Posted, now, valueDate));
        _entries.Add(new AccountEntry(credit.Id, credit.NextEntry(), transfer.Id, amount, credit.Posted, now, valueDate));
    }
}
