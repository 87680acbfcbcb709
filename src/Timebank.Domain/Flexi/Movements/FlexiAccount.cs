using Timebank.Domain.Ledger;

namespace Timebank.Domain.Flexi.Movements;

/// <summary>A service's two ledgers: support minutes and cash never mix with each other or with timebank hours.</summary>
public enum FlexiUnit
{
    Minutes = 1,
    Pence = 2,
}

/// <summary>Whose account in a service's ledger; the feature's own codes, mapped to ledger accounts by the API layer.</summary>
public enum FlexiAccountRole
{
    /// <summary>The service's source of allowances (one per ledger); allowances flow out of it and lapses back in.</summary>
    Funding = 1,

    /// <summary>A customer's support minutes (owner: the budget), floor 0.</summary>
    CustomerMinutes = 2,

    /// <summary>A customer's cash allocation (owner: the budget), floor 0.</summary>
    CustomerCash = 3,

    /// <summary>A worker's delivered minutes (owner: the member), floor 0.</summary>
    WorkerDelivered = 4,

    /// <summary>What the service's customers have spent with suppliers (owner: the service), floor 0; change comes back out of it.</summary>
    Purchases = 5,
}

/// <summary>One account of a service's ledger, named by what it is rather than by a ledger id.</summary>
public readonly record struct FlexiAccount(FlexiAccountRole Role, Guid Owner)
{
    /// <summary>Every account here may not go below zero except funding, which issues allowances and may go negative.</summary>
    public BalanceLimits Limits => Role == FlexiAccountRole.Funding ? BalanceLimits.None : new BalanceLimits(Floor: 0, Ceiling: null);

    public FlexiUnit Unit => Role switch
    {
        FlexiAccountRole.CustomerMinutes or FlexiAccountRole.WorkerDelivered => FlexiUnit.Minutes,
        FlexiAccountRole.CustomerCash or FlexiAccountRole.Purchases => FlexiUnit.Pence,
        _ => throw new InvalidOperationException("Funding accounts exist in both ledgers; say which."),
    };
}

/// <summary>The accounts a service and its people hold, named once so every movement addresses them the same way.</summary>
public static class FlexiAccounts
{
    public static FlexiAccount Funding(Id<Services.FlexiService> service) => new(FlexiAccountRole.Funding, service.Value);

    public static FlexiAccount Purchases(Id<Services.FlexiService> service) => new(FlexiAccountRole.Purchases, service.Value);

    public static FlexiAccount CustomerMinutes(Id<Allowances.CustomerBudget> budget) => new(FlexiAccountRole.CustomerMinutes, budget.Value);

    public static FlexiAccount CustomerCash(Id<Allowances.CustomerBudget> budget) => new(FlexiAccountRole.CustomerCash, budget.Value);

    public static FlexiAccount Worker(Id<Members.Member> worker) => new(FlexiAccountRole.WorkerDelivered, worker.Value);

    /// <summary>What a new service opens: funding in each ledger and the purchases account.</summary>
    public static IReadOnlyList<(FlexiUnit Unit, FlexiAccount Account)> ForService(Id<Services.FlexiService> service)
        => [(FlexiUnit.Minutes, Funding(service)), (FlexiUnit.Pence, Funding(service)), (FlexiUnit.Pence, Purchases(service))];

    /// <summary>What enrolling a customer opens: support minutes and cash, both with floor 0.</summary>
    public static IReadOnlyList<(FlexiUnit Unit, FlexiAccount Account)> ForCustomer(Id<Allowances.CustomerBudget> budget)
        => [(FlexiUnit.Minutes, CustomerMinutes(budget)), (FlexiUnit.Pence, CustomerCash(budget))];
}
