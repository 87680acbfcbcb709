using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

/// <summary>A soft limit crossed by a transfer that was made: the member or coordinator should know.</summary>
public sealed record BalanceWarning(Id<Account> AccountId, string Code, long Balance, long Threshold)
{
    /// <summary>The warnings for the accounts given (only those the asker may read: a warning names a balance).</summary>
    public static List<BalanceWarning> Of(LedgerBook book, IEnumerable<Id<Account>> readable)
        => readable.Distinct().Select(book.Account).Where(a => a.IsBeyondSoftLimit)
            .Select(a => a.Available < a.WarnBelow
                ? new BalanceWarning(a.Id, "BELOW_SOFT_FLOOR", a.Available, a.WarnBelow.Value)
                : new BalanceWarning(a.Id, "ABOVE_SOFT_CEILING", a.Posted + a.PendingCredits, a.WarnAbove!.Value))
            .ToList();
}
