using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Features.Timebank;
using Timebank.Domain.Courses;
using Timebank.Domain.Ledger;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Courses.Hours;

public sealed record HoursBanked(Id<Transfer> TransferId);

/// <summary>The person named cannot bank hours in the timebank the course or pairing names.</summary>
public sealed record NotInHoursTimebank(string Name)
    : DomainError("NOT_IN_HOURS_TIMEBANK", $"{Name} is not an active member of the timebank where these hours are banked, so they cannot be credited.");

/// <summary>
/// Banks teaching and mentoring hours: an exchange from the organising organisation's account in the timebank to the
/// giver's account, through the ledger writer's idempotent path, keyed as the domain says, so a repeat never pays twice.
/// The idempotency scope is the paying organisation rather than the asker (as LedgerOperations would use), so
/// whoever takes the register or asks again, it is one payment.
/// </summary>
public sealed class CourseHoursLedger(TimebankService timebanks, IdempotentLedger ledger, LedgerAccounts accounts, IClock clock)
{
    public const int TeachingCode = 11;
    public const int MentoringCode = 12;

    public async Task<HoursBanked> BankAsync(HoursToBank hours, string giverName, int code, CancellationToken cancellationToken)
    {
        // Accounts are found before the ledger is asked, so a giver who is not yet a member is refused without a
        // stored refusal: once they join, asking again banks the hours.
        var settings = await timebanks.TimebankAsync(hours.Timebank, cancellationToken);
        Id<Account> giver;
        try
        {
            giver = await timebanks.MemberAccountAsync(settings, hours.Giver, "giver", cancellationToken);
        }
        catch (DomainException refused) when (refused.Error is ValidationFailed)
        {
            throw new DomainException(new NotInHoursTimebank(giverName));
        }
        var payer = await OrganisationAccountAsync(settings.LedgerId, hours.Receiver, cancellationToken);
        // The key alone identifies what is paid; the scope is the paying organisation, so whoever asks, it is one payment.
        var request = IdempotentRequest.For(hours.Receiver.Value, hours.Key, "bankHours", new { key = hours.Key.Value });
        var command = new LedgerCommand<HoursBanked>(new LedgerNeeds([payer, giver]), (book, now, inserts) =>
        {
            var transfer = book.Post(new TransferOrder(payer, giver, hours.Minutes, code, hours.Date), now);
            inserts.Add(new HoursCredit(transfer.Id, hours.Receiver, hours.Giver, hours.Minutes.Value, hours.Description, hours.Date));
            return new HoursBanked(transfer.Id);
        });
        return await ledger.RunAsync(request, () => Task.FromResult<ILedgerCommand<HoursBanked>>(command), cancellationToken);
    }

    /// <summary>The organisation's hours account in the timebank, opened without hard limits until the timebank's coordinators set some.</summary>
    private Task<Id<Account>> OrganisationAccountAsync(Id<Domain.Ledger.Ledger> ledgerId, Id<Organisation> organisation, CancellationToken cancellationToken)
        => accounts.OfAsync(ledgerId, TimebankLedger.OrganisationHours, organisation.Value, (_, ledger, missing, _) =>
            Task.FromResult<IReadOnlyList<Account>>([.. missing.Select(owner => ledger.OpenAccount(TimebankLedger.OrganisationHours, owner, BalanceLimits.None, clock.GetCurrentInstant()))]),
            cancellationToken);
}
