namespace Timebank.Domain.Flexi.Bookings;

public enum SessionStatus
{
    /// <summary>The minutes are held against the customer's allowance.</summary>
    Booked = 1,

    /// <summary>Delivered: the minutes given are posted to the worker, the rest released.</summary>
    Completed = 2,

    /// <summary>The hold is voided; nothing was spent.</summary>
    Cancelled = 3,
}
