using Timebank.Domain.Flexi.Movements;

namespace Timebank.Domain.Tests.Flexi;

/// <summary>
/// A small stand-in for the ledger engine, enough to apply movement plans in tests: keys move once, a plan commits
/// whole or not at all, accounts other than funding never go below zero, holds resolve once.
/// </summary>
public sealed class LedgerModel
{
    private readonly Dictionary<(FlexiUnit, FlexiAccount), (long Posted, long Held)> _accounts = [];
    private readonly Dictionary<string, HoldNow> _openHolds = [];
    private readonly HashSet<string> _keys = [];

    public long Posted(FlexiUnit unit, FlexiAccount account) => _accounts.GetValueOrDefault((unit, account)).Posted;

    public long Held(FlexiUnit unit, FlexiAccount account) => _accounts.GetValueOrDefault((unit, account)).Held;

    public long Available(FlexiUnit unit, FlexiAccount account) => Posted(unit, account) - Held(unit, account);

    public int Moves { get; private set; }

    public int KeysStartingWith(string prefix) => _keys.Count(k => k.StartsWith(prefix, StringComparison.Ordinal));

    public long Sum(FlexiUnit unit) => _accounts.Where(a => a.Key.Item1 == unit).Sum(a => a.Value.Posted);

    public IEnumerable<string> Violations()
    {
        foreach (var unit in new[] { FlexiUnit.Minutes, FlexiUnit.Pence })
        {
            if (Sum(unit) != 0)
                yield return $"{unit} ledger sums to {Sum(unit)}";
        }
        foreach (var ((unit, account), (posted, held)) in _accounts)
        {
            if (account.Role != FlexiAccountRole.Funding && posted - held < 0)
                yield return $"{unit} {account} available {posted - held}";
        }
    }

    /// <summary>Applies every step or none; returns false (changing nothing) when a step is refused.</summary>
    public bool Apply(MovementPlan plan)
    {
        var accounts = new Dictionary<(FlexiUnit, FlexiAccount), (long, long)>(_accounts);
        var holds = new Dictionary<string, HoldNow>(_openHolds);
        var keys = new HashSet<string>(_keys);
        var moves = 0;
        foreach (var step in plan.Steps)
        {
            if (!keys.Add(step.Key.Value))
                continue;
            moves++;
            switch (step)
            {
                case MoveNow m:
                    if (!Change(accounts, m.Unit, m.From, -m.Amount.Value, 0) || !Change(accounts, m.Unit, m.To, m.Amount.Value, 0))
                        return false;
                    break;
                case HoldNow h:
                    if (!Change(accounts, h.Unit, h.From, 0, h.Amount.Value))
                        return false;
                    holds[h.Key.Value] = h;
                    break;
                case PostHeld p:
                    if (!holds.Remove(p.HoldKey.Value, out var held) || p.Amount.Value > held.Amount.Value)
                        return false;
                    Change(accounts, p.Unit, held.From, -p.Amount.Value, -held.Amount.Value);
                    Change(accounts, p.Unit, held.To, p.Amount.Value, 0);
                    break;
                case VoidHeld v:
                    if (!holds.Remove(v.HoldKey.Value, out var voided))
                        return false;
                    Change(accounts, v.Unit, voided.From, 0, -voided.Amount.Value);
                    break;
            }
        }
        Replace(_accounts, accounts);
        Replace(_openHolds, holds);
        _keys.UnionWith(keys);
        Moves += moves;
        return true;
    }

    private static bool Change(Dictionary<(FlexiUnit, FlexiAccount), (long Posted, long Held)> accounts, FlexiUnit unit, FlexiAccount account, long posted, long held)
    {
        var (p, h) = accounts.GetValueOrDefault((unit, account));
        (p, h) = (p + posted, h + held);
        if (account.Role != FlexiAccountRole.Funding && p - h < 0)
            return false;
        accounts[(unit, account)] = (p, h);
        return true;
    }

    private static void Replace<TKey, TValue>(Dictionary<TKey, TValue> target, Dictionary<TKey, TValue> source) where TKey : notnull
    {
        target.Clear();
        foreach (var (k, v) in source)
            target[k] = v;
    }
}
