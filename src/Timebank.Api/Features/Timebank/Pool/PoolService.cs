using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

/// <summary>The timebank's pool: members donate hours to it, coordinators grant hours from it.</summary>
public sealed class PoolService(TimebankService timebanks, ExchangeCommands commands)
{
    /// <summary>A member gives hours to the timebank's pool, for others who need them.</summary>
    public Task<ExchangesRecorded> DonateHoursAsync(DonateHoursInput input, CancellationToken cancellationToken)
        => commands.RunAsync("donateHours", input.IdempotencyKey, input with { IdempotencyKey = null }, async actor =>
        {
            var (settings, membership) = await timebanks.MemberOfTimebankAsync(input.OrganisationId, cancellationToken);
            var minutes = Amount.Of(input.Minutes, "minutes");
            var note = ExchangeDescription.Parse(Text.Optional(input.Note, "note", ExchangeDescription.MaxLength) ?? "Donation to the pool", "note");
            var account = await timebanks.MemberAccountAsync(settings, actor, "organisationId", cancellationToken);
            commands.Name(actor, membership, (account, "minutes", "giver", actor, null), (settings.PoolAccountId, "minutes", "pool", null, null));
            return Move(settings, ExchangeKind.Donation, from: account, to: settings.PoolAccountId, minutes, note, actor,
                credited: null, debited: actor, readable: ExchangeCommands.Visible(actor, membership, (actor, account)));
        }, cancellationToken);

    /// <summary>A coordinator gives a member hours from the pool (welcome hours, hours for someone in need).</summary>
    public Task<ExchangesRecorded> GrantHoursAsync(GrantHoursInput input, CancellationToken cancellationToken)
        => commands.RunAsync("grantHours", input.IdempotencyKey, input with { IdempotencyKey = null }, async actor =>
        {
            var (settings, coordinator) = await timebanks.CoordinatorOfTimebankAsync(input.OrganisationId, "grant hours", cancellationToken);
            var member = GlobalId.Parse<Member>(input.MemberId, "Member", "memberId");
            var minutes = Amount.Of(input.Minutes, "minutes");
            var reason = ExchangeDescription.Parse(input.Reason, "reason");
            var account = await timebanks.MemberAccountAsync(settings, member, "memberId", cancellationToken);
            commands.Name(actor, coordinator, (settings.PoolAccountId, "minutes", "pool", null, null), (account, "memberId", "member", member, null));
            return Move(settings, ExchangeKind.Grant, from: settings.PoolAccountId, to: account, minutes, reason, actor,
                credited: member, debited: null, readable: [account, settings.PoolAccountId]);
        }, cancellationToken);

    /// <summary>Hours between a member and the pool, posted today, with the exchange that says why (the pool is a null side).</summary>
    private LedgerCommand<ExchangesRecorded> Move(TimebankSettings settings, ExchangeKind kind, Id<Account> from, Id<Account> to, Amount minutes,
        ExchangeDescription why, Id<Member> actor, Id<Member>? credited, Id<Member>? debited, Id<Account>[] readable)
        => commands.Command([from, to], (book, now, inserts) =>
        {
            var today = ExchangeDate.Today(settings.Today(now));
            var transfer = book.Post(new TransferOrder(from, to, minutes, (int)kind, today.Value), now);
            var exchange = Exchange.Record(kind, settings.OrganisationId, credited, debited, minutes, why, null, today, actor, now, transfer.Id);
            inserts.Add(exchange);
            return new ExchangesRecorded([exchange.Id], BalanceWarning.Of(book, readable));
        }, settings: settings);
}
