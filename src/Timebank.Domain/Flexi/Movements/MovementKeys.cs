using System.Globalization;
using Timebank.Domain.Ledger;

namespace Timebank.Domain.Flexi.Movements;

/// <summary>
/// Idempotency keys derived from what a movement is (which budget, period, session or purchase, and which step),
/// so however often or concurrently the same thing is asked for, the ledger moves it once.
/// </summary>
public static class MovementKeys
{
    private const string Prefix = "flexi";

    public static IdempotencyKey For(string what, Guid subject, string step)
        => IdempotencyKey.Parse(string.Create(CultureInfo.InvariantCulture, $"{Prefix}:{what}:{subject:N}:{step}"));

    public static string UnitCode(FlexiUnit unit) => unit == FlexiUnit.Minutes ? "min" : "gbp";
}
