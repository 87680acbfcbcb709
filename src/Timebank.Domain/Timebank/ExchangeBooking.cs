using NodaTime;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;

namespace Timebank.Domain.Timebank;

/// <summary>A member of a timebank and their hours account there.</summary>
public readonly record struct Participant(Id<Member> Member, Id<Account> Account);

/// <summary>
/// Books one exchange on the timebank's ledger: the receiver's account pays, the giver's earns, posted at once or held
/// for the receiver; and returns the exchange's record to store with the transfer. Used by every way an exchange
/// arrives (recorded, imported, generated), so the direction and the code are decided in one place.
/// </summary>
public static class ExchangeBooking
{
    public static Exchange Book(LedgerBook book, TimebankSettings timebank, Recording recording, Participant giver, Participant receiver,
        Amount minutes, ExchangeDescription description, Id<Category>? category, ExchangeDate date, Id<Member> recordedBy, Instant now)
    {
        var order = new TransferOrder(receiver.Account, giver.Account, minutes, (int)ExchangeKind.Exchange, date.Value);
        var transfer = recording == Recording.PostNow
            ? book.Post(order, now)
            : book.Hold(order, timebank.ConfirmationDeadline(now), now);
        return Exchange.Record(ExchangeKind.Exchange, timebank.OrganisationId, giver.Member, receiver.Member, minutes, description,
            category, date, recordedBy, now, transfer.Id);
    }
}
