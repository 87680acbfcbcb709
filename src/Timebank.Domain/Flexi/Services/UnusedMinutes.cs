namespace Timebank.Domain.Flexi.Services;

/// <summary>What happens to support minutes still unused when a period ends.</summary>
public enum UnusedMinutes
{
    /// <summary>Decided default: they go back to the service's funding.</summary>
    Lapse = 1,

    /// <summary>They stay with the customer, up to the policy's cap if it has one.</summary>
    CarryOver = 2,
}

/// <summary>What happens to a customer's unspent cash when they leave the service.</summary>
public enum CashOnLeaving
{
    /// <summary>Decided default: it stays with the provider, by a transfer back to funding.</summary>
    ReturnToFunding = 1,

    /// <summary>It stays in the customer's cash account for them to spend down; nothing more accrues.</summary>
    KeepForCustomer = 2,
}
