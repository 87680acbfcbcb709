using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

/// <summary>The registered purposes, found by the number a ledger stores; the engine dispatches through this and names none.</summary>
public sealed class LedgerPurposes
{
    private readonly Dictionary<LedgerPurpose, ILedgerPurpose> _byPurpose;
    private readonly Dictionary<AccountKind, LedgerAccountKind> _kinds;

    private readonly IReadOnlyList<ILedgerLineDescriber> _describers;

    public LedgerPurposes(IEnumerable<ILedgerPurpose> purposes, IEnumerable<ILedgerLineDescriber> describers)
    {
        All = purposes.ToList();
        _describers = describers.ToList();
        _byPurpose = All.ToDictionary(p => p.Purpose);
        _kinds = All.SelectMany(p => p.AccountKinds).ToDictionary(k => k.Kind);
    }

    public IReadOnlyList<ILedgerPurpose> All { get; }

    public IEnumerable<LedgerAccountKind> AccountKinds => _kinds.Values;

    public ILedgerPurpose Of(LedgerPurpose purpose)
        => _byPurpose.TryGetValue(purpose, out var found) ? found : throw new InvalidOperationException($"No feature registered ledger {purpose}.");

    public LedgerAccountKind KindOf(Account account)
        => _kinds.TryGetValue(account.Kind, out var found) ? found : throw new InvalidOperationException($"No feature registered account {account.Kind}.");

    /// <summary>Statement lines in words, asked of every purpose once for the whole set, then of the other describers for what is left.</summary>
    public async Task<Dictionary<Id<Transfer>, string>> DescribeAsync(IReadOnlyCollection<Id<Transfer>> transfers, CancellationToken cancellationToken)
    {
        var described = new Dictionary<Id<Transfer>, string>();
        foreach (var purpose in All)
        {
            foreach (var (id, text) in await purpose.DescribeAsync(transfers, cancellationToken))
                described.TryAdd(id, text);
        }
        foreach (var describer in _describers)
        {
            var left = transfers.Where(t => !described.ContainsKey(t)).ToList();
            if (left.Count == 0)
                break;
            foreach (var (id, text) in await describer.DescribeAsync(left, cancellationToken))
                described.TryAdd(id, text);
        }
        return described;
    }
}
