namespace Timebank.Domain.Flexi.Allowances;

/// <summary>How a customer's cash reaches them; either way every purchase comes back with a receipt.</summary>
public enum CashHolding
{
    /// <summary>Cash handed over for a purchase, with the change returned.</summary>
    CashAdvance = 1,

    PrepaidCard = 2,
}
