using NodaTime;
using Timebank.Domain.Ledger;

namespace Timebank.Domain.Flexi.Cash;

/// <summary>A receipt returned for a purchase: its reference, the amount on it and its date.</summary>
public sealed record Receipt
{
    public const int ReferenceMaxLength = 100;

    public string Reference { get; }
    public long Pence { get; }
    public LocalDate Date { get; }

    private Receipt(string reference, long pence, LocalDate date) => (Reference, Pence, Date) = (reference, pence, date);

    public static Receipt Parse(string? reference, long pence, LocalDate date, LocalDate today)
        => new(Text.Required(reference, "reference", ReferenceMaxLength), Amount.Of(pence, "pence").Value,
            date <= today ? date : throw new DomainException(new ValidationFailed("date", "must not be in the future")));

    /// <summary>Checks it against what was spent: never for more.</summary>
    internal long ChangeFrom(long spentPence)
        => Pence <= spentPence ? spentPence - Pence : throw new DomainException(new ReceiptExceedsPurchase(spentPence, Pence));
}
