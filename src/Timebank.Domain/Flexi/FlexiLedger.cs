using Timebank.Domain.Ledger;

namespace Timebank.Domain.Flexi;

/// <summary>The flexi services' numbers on the ledger: one minutes ledger and one cash ledger per service, and their account kinds.</summary>
public static class FlexiLedger
{
    /// <summary>A service's support minutes, in whole minutes.</summary>
    public static readonly LedgerPurpose Minutes = new(40);

    /// <summary>A service's cash allocations, in whole pence.</summary>
    public static readonly LedgerPurpose Cash = new(41);

    /// <summary>The service's funding of support minutes; the owner id is the provider's.</summary>
    public static readonly AccountKind MinutesFunding = new(40);

    /// <summary>The service's funding of cash; the owner id is the provider's.</summary>
    public static readonly AccountKind CashFunding = new(45);

    /// <summary>A customer's support minutes; the owner id is the customer's (member).</summary>
    public static readonly AccountKind CustomerMinutes = new(41);

    /// <summary>A customer's cash; the owner id is the customer's (member).</summary>
    public static readonly AccountKind CustomerCash = new(42);

    /// <summary>A worker's delivered minutes; the owner id is the worker's (member).</summary>
    public static readonly AccountKind WorkerDelivered = new(43);

    /// <summary>What the service's customers paid suppliers; the owner id is the provider's.</summary>
    public static readonly AccountKind Purchases = new(44);
}
