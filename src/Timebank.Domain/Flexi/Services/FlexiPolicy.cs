using Timebank.Domain.Ledger;

namespace Timebank.Domain.Flexi.Services;

/// <summary>
/// What each customer of a service gets per period and the rules around it. A value: a change makes a new
/// <see cref="PolicyVersion"/> that applies from the next period.
/// </summary>
public sealed record FlexiPolicy
{
    public const int DefaultPurchaseExpiryDays = 14;
    public const int DefaultReceiptDueDays = 14;
    public const int DefaultCompletionDueHours = 48;
    public const int MaxDays = 365;
    public const int MaxCompletionDueHours = 24 * 28;

    public long SupportMinutesPerPeriod { get; }
    public long CashPencePerPeriod { get; }
    public UnusedMinutes UnusedMinutes { get; }

    /// <summary>With <see cref="UnusedMinutes.CarryOver"/>: the most minutes a customer keeps past a period's end; null is no cap.</summary>
    public long? CarryOverCapMinutes { get; }

    /// <summary>The most cash a customer keeps past a period's end; null (the default) is no cap.</summary>
    public long? SavedCashCapPence { get; }

    /// <summary>A purchase above this waits for sign-off; at or under it is spent at once.</summary>
    public long SignOffThresholdPence { get; }

    public int PurchaseExpiryDays { get; }
    public int ReceiptDueDays { get; }

    /// <summary>How long after its end a booked session may stay uncompleted before it is listed for the manager.</summary>
    public int CompletionDueHours { get; }

    public CashOnLeaving CashOnLeaving { get; }

    // Parameter names match the properties so the EF mapping can bind this constructor.
    private FlexiPolicy(long supportMinutesPerPeriod, long cashPencePerPeriod, UnusedMinutes unusedMinutes, long? carryOverCapMinutes,
        long? savedCashCapPence, long signOffThresholdPence, int purchaseExpiryDays, int receiptDueDays, int completionDueHours, CashOnLeaving cashOnLeaving)
    {
        SupportMinutesPerPeriod = supportMinutesPerPeriod;
        CashPencePerPeriod = cashPencePerPeriod;
        UnusedMinutes = unusedMinutes;
        CarryOverCapMinutes = carryOverCapMinutes;
        SavedCashCapPence = savedCashCapPence;
        SignOffThresholdPence = signOffThresholdPence;
        PurchaseExpiryDays = purchaseExpiryDays;
        ReceiptDueDays = receiptDueDays;
        CompletionDueHours = completionDueHours;
        CashOnLeaving = cashOnLeaving;
    }

    public static FlexiPolicy Create(
        long supportMinutesPerPeriod,
        long cashPencePerPeriod,
        long signOffThresholdPence,
        UnusedMinutes unusedMinutes = UnusedMinutes.Lapse,
        long? carryOverCapMinutes = null,
        long? savedCashCapPence = null,
        int purchaseExpiryDays = DefaultPurchaseExpiryDays,
        int receiptDueDays = DefaultReceiptDueDays,
        int completionDueHours = DefaultCompletionDueHours,
        CashOnLeaving cashOnLeaving = CashOnLeaving.ReturnToFunding)
    {
        var minutes = Amount.Of(supportMinutesPerPeriod, "supportMinutesPerPeriod").Value;
        var pence = Amount.Of(cashPencePerPeriod, "cashPencePerPeriod").Value;
        if (!Enum.IsDefined(unusedMinutes))
            throw new DomainException(new ValidationFailed("unusedMinutes", "must be LAPSE or CARRY_OVER"));
        if (carryOverCapMinutes is not null && unusedMinutes != UnusedMinutes.CarryOver)
            throw new DomainException(new ValidationFailed("carryOverCapMinutes", "applies only when unused minutes carry over"));
        if (!Enum.IsDefined(cashOnLeaving))
            throw new DomainException(new ValidationFailed("cashOnLeaving", "must be RETURN_TO_FUNDING or KEEP_FOR_CUSTOMER"));
        return new FlexiPolicy(minutes, pence, unusedMinutes,
            Cap(carryOverCapMinutes, "carryOverCapMinutes"),
            Cap(savedCashCapPence, "savedCashCapPence"),
            Cap(signOffThresholdPence, "signOffThresholdPence")!.Value,
            Days(purchaseExpiryDays, "purchaseExpiryDays", MaxDays),
            Days(receiptDueDays, "receiptDueDays", MaxDays),
            Days(completionDueHours, "completionDueHours", MaxCompletionDueHours),
            cashOnLeaving);
    }

    /// <summary>A cap or threshold may be zero (keep nothing, sign off everything) but not negative or past the amount limit.</summary>
    private static long? Cap(long? value, string field)
        => value switch
        {
            null => null,
            < 0 => throw new DomainException(new ValidationFailed(field, "must not be negative")),
            > Amount.Max => throw new DomainException(new ValidationFailed(field, $"must be at most {Amount.Max}")),
            _ => value,
        };

    private static int Days(int value, string field, int max)
        => value is >= 1 && value <= max ? value : throw new DomainException(new ValidationFailed(field, $"must be between 1 and {max}"));
}
