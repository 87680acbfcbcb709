using NodaTime;
using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Flexi;

/// <summary>The ledger accounts a plan names, and the holds it resolves, found before it reaches the writer.</summary>
public sealed record PlanAccounts(IReadOnlyDictionary<(FlexiUnit, FlexiAccount), Id<Account>> Accounts, IReadOnlyDictionary<string, Id<Transfer>> Holds)
{
    public Id<Account> this[FlexiUnit unit, FlexiAccount account] => Accounts[(unit, account)];

    public IReadOnlyCollection<Id<Account>> AccountIds => [.. Accounts.Values.Distinct()];

    public IReadOnlyCollection<Id<Transfer>> HoldIds => [.. Holds.Values.Distinct()];
}

/// <summary>
/// Carries out the domain's movements on the ledger book inside the writer, each as one transfer, and writes a
/// <see cref="FlexiMovement"/> row per movement: its derived key is unique in the store.
/// </summary>
public static class FlexiBookkeeping
{
    /// <summary>Transfer codes, so a statement line says what kind of movement it was.</summary>
    public static int CodeOf(IdempotencyKey key) => key.Value.Split(':')[1] switch
    {
        "accrue" => 1,
        "lapse" => 2,
        "cashcap" => 3,
        "session" => 4,
        "purchase" => 5,
        "joint" => 6,
        "leave" => 7,
        _ => 9,
    };

    public static IReadOnlyList<Transfer> Apply(LedgerBook book, MovementPlan plan, Id<FlexiService> service, PlanAccounts accounts,
        LocalDate valueDate, Instant now, ICollection<object> inserts)
    {
        var holds = new Dictionary<string, Id<Transfer>>(accounts.Holds);
        var made = new List<Transfer>(plan.Steps.Count);
        foreach (var step in plan.Steps)
        {
            var transfer = step switch
            {
                MoveNow move => book.Post(new TransferOrder(accounts[step.Unit, move.From], accounts[step.Unit, move.To], move.Amount, CodeOf(step.Key), valueDate), now),
                HoldNow hold => book.Hold(new TransferOrder(accounts[step.Unit, hold.From], accounts[step.Unit, hold.To], hold.Amount, CodeOf(step.Key), valueDate), hold.ExpiresAt, now),
                PostHeld post => book.PostHold(holds[post.HoldKey.Value], post.Amount.Value, now),
                VoidHeld release => book.VoidHold(holds[release.HoldKey.Value], now),
                _ => throw new InvalidOperationException("unknown movement"),
            };
            if (step is HoldNow)
                holds[step.Key.Value] = transfer.Id;
            made.Add(transfer);
            var words = step.Description.Length <= FlexiMovement.DescriptionMaxLength ? step.Description : step.Description[..FlexiMovement.DescriptionMaxLength];
            inserts.Add(new FlexiMovement(step.Key.Value, service, step.Unit, transfer.Id, words));
        }
        return made;
    }
}
