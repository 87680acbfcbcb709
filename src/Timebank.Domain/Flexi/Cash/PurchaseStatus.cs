namespace Timebank.Domain.Flexi.Cash;

public enum PurchaseStatus
{
    /// <summary>The cash is held until the purchase is signed off (or, jointly, until every customer agrees).</summary>
    AwaitingSignOff = 1,

    /// <summary>Posted from the customer's cash to the service's purchases.</summary>
    Spent = 2,

    Rejected = 3,
    Expired = 4,

    /// <summary>Withdrawn before it was spent: a customer declined their share, withdrew it, or left the service.</summary>
    Withdrawn = 5,
}
