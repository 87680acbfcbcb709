using System.Globalization;

namespace Timebank.Domain.Ledger;

/// <summary>Amounts for people: whole minutes as hours and minutes (-1h 30m), pence as pounds (£12.50).</summary>
public static class AmountText
{
    public static string Format(long amount, LedgerUnit unit)
    {
        var sign = amount < 0 ? "-" : string.Empty;
        var magnitude = Math.Abs((decimal)amount);
        return unit == LedgerUnit.Pence
            ? sign + "£" + (magnitude / 100).ToString("0.00", CultureInfo.InvariantCulture)
            : sign + $"{(long)(magnitude / 60)}h {(long)(magnitude % 60):00}m";
    }
}
