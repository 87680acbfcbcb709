using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

/// <summary>
/// Exchanges of help: recorded (posted at once or held for confirmation), confirmed and declined (a reversal is the
/// ledger's reverseTransfer, with <see cref="ExchangeReversal"/> recording its exchange). Each checks who asks and what they may do, then hands a ledger command to <see cref="ExchangeCommands"/>;
/// the hours rules live in the domain (<see cref="ExchangeRules"/>, <see cref="ExchangeBooking"/>, the <see cref="LedgerBook"/>).
/// </summary>
public sealed class ExchangeService(
    IDbContextFactory<TimebankDbContext> databases,
    Viewer viewer,
    TimebankService timebanks,
    ExchangeCommands commands,
    IClock clock)
{
    public const int MaxGroupSize = 50;

    public Task<ExchangesRecorded> RecordExchangeAsync(RecordExchangeInput input, CancellationToken cancellationToken)
        => commands.RunAsync("recordExchange", input.IdempotencyKey, input with { IdempotencyKey = null }, async actor =>
        {
            var (settings, membership) = await timebanks.MemberOfTimebankAsync(input.OrganisationId, cancellationToken);
            var giver = GlobalId.Parse<Member>(input.GiverId, "Member", "giverId");
            var receiver = GlobalId.Parse<Member>(input.ReceiverId, "Member", "receiverId");
            var recording = ExchangeRules.Decide(actor, membership.Has(Roles.Coordinator), giver, receiver);
            var minutes = Amount.Of(input.Minutes, "minutes");
            var description = ExchangeDescription.Parse(input.Description);
            var date = ExchangeDate.Of(input.Date, settings.Today(clock.GetCurrentInstant()));
            var category = await timebanks.ActiveCategoryAsync(settings, input.CategoryId, cancellationToken);
            var giverAccount = await timebanks.MemberAccountAsync(settings, giver, "giverId", cancellationToken);
            var receiverAccount = await timebanks.MemberAccountAsync(settings, receiver, "receiverId", cancellationToken);
            var visible = ExchangeCommands.Visible(actor, membership, (giver, giverAccount), (receiver, receiverAccount));
            commands.Name(actor, membership, (giverAccount, "giverId", "giver", giver, null), (receiverAccount, "receiverId", "receiver", receiver, null));

            return commands.Command([giverAccount, receiverAccount], (book, now, inserts) =>
            {
                var exchange = ExchangeBooking.Book(book, settings, recording, new Participant(giver, giverAccount), new Participant(receiver, receiverAccount),
                    minutes, description, category, date, actor, now);
                inserts.Add(exchange);
                return new ExchangesRecorded([exchange.Id], BalanceWarning.Of(book, visible));
            }, settings: settings);
        }, cancellationToken);

    /// <summary>One session given to many, or many giving to one, moved together or not at all.</summary>
    public Task<ExchangesRecorded> RecordGroupExchangeAsync(RecordGroupExchangeInput input, CancellationToken cancellationToken)
        => commands.RunAsync("recordGroupExchange", input.IdempotencyKey, input with { IdempotencyKey = null }, async actor =>
        {
            var (settings, membership) = await timebanks.MemberOfTimebankAsync(input.OrganisationId, cancellationToken);
            var givers = EachOnce(input.GiverIds, "giverIds");
            var receivers = EachOnce(input.ReceiverIds, "receiverIds");
            if (givers.Count == 0 || receivers.Count == 0 || (givers.Count > 1 && receivers.Count > 1))
                throw new DomainException(new ValidationFailed("giverIds", "a group exchange is one giver to many receivers, or many givers to one receiver"));
            if (givers.Count + receivers.Count > MaxGroupSize + 1)
                throw new DomainException(new ValidationFailed("receiverIds", $"a group holds at most {MaxGroupSize} people on its larger side"));
            if (receivers.FindIndex(givers.Contains) is var both and >= 0)
                throw new DomainException(new ValidationFailed($"receiverIds[{both}]", "nobody can be both giver and receiver"));
            // Linked transfers post at once, so only someone who may post them all records the group.
            if (!membership.Has(Roles.Coordinator) && !(receivers.Count == 1 && receivers[0] == actor))
                throw new DomainException(new NotAllowed("A coordinator records group exchanges (or the one receiver, when many gave to them)."));
            var minutes = Amount.Of(input.Minutes, "minutes");
            var description = ExchangeDescription.Parse(input.Description);
            var date = ExchangeDate.Of(input.Date, settings.Today(clock.GetCurrentInstant()));
            var category = await timebanks.ActiveCategoryAsync(settings, input.CategoryId, cancellationToken);
            var accounts = new Dictionary<Id<Member>, Id<Account>>();
            var named = new List<(Id<Account>, string, string, Id<Member>?, int?)>();
            foreach (var (side, field, role) in new[] { (givers, "giverIds", "giver"), (receivers, "receiverIds", "receiver") })
            {
                for (var i = 0; i < side.Count; i++)
                {
                    accounts[side[i]] = await timebanks.MemberAccountAsync(settings, side[i], $"{field}[{i}]", cancellationToken);
                    named.Add((accounts[side[i]], $"{field}[{i}]", role, side[i], side.Count > 1 ? i : null));
                }
            }
            var pairs = givers.SelectMany(g => receivers.Select(r => (Giver: g, Receiver: r))).ToList();
            var visible = ExchangeCommands.Visible(actor, membership, accounts.Select(a => (a.Key, a.Value)).ToArray());
            commands.Name(actor, membership, [.. named]);

            return commands.Command(accounts.Values.ToList(), (book, now, inserts) =>
            {
                var transfers = book.PostLinked(
                    pairs.Select(p => new TransferOrder(accounts[p.Receiver], accounts[p.Giver], minutes, (int)ExchangeKind.GroupExchange, date.Value)).ToList(), now);
                var group = transfers[0].LinkId;
                var exchanges = pairs.Zip(transfers, (pair, transfer) => Exchange.Record(ExchangeKind.GroupExchange, settings.OrganisationId,
                    pair.Giver, pair.Receiver, minutes, description, category, date, actor, now, transfer.Id, groupId: group)).ToList();
                foreach (var exchange in exchanges)
                    inserts.Add(exchange);
                return new ExchangesRecorded(exchanges.ConvertAll(e => e.Id), BalanceWarning.Of(book, visible));
            }, settings: settings);
        }, cancellationToken);

    /// <summary>The receiver confirms an exchange the giver recorded: the held hours are posted (in full, or fewer).</summary>
    public Task<ExchangesRecorded> ConfirmExchangeAsync(ConfirmExchangeInput input, CancellationToken cancellationToken)
        => commands.RunAsync("confirmExchange", input.IdempotencyKey, input with { IdempotencyKey = null }, async actor =>
        {
            var (exchange, settings, membership) = await ExchangeForMemberAsync(input.ExchangeId, cancellationToken);
            ExchangeRules.RequireMayConfirm(exchange, actor, membership.Has(Roles.Coordinator));
            await RequireHeldAsync(exchange, cancellationToken);
            long? minutes = input.Minutes is { } fewer ? Amount.Of(fewer, "minutes").Value : null;
            var visible = await VisibleForExchangeAsync(actor, membership, settings, exchange, cancellationToken);
            return commands.Command([], (book, now, _) =>
            {
                book.PostHold(exchange.TransferId, minutes, now);
                return new ExchangesRecorded([exchange.Id], BalanceWarning.Of(book, visible));
            }, holds: [exchange.TransferId]);
        }, cancellationToken);

    public Task<ExchangesRecorded> DeclineExchangeAsync(DeclineExchangeInput input, CancellationToken cancellationToken)
        => commands.RunAsync("declineExchange", input.IdempotencyKey, input with { IdempotencyKey = null }, async actor =>
        {
            var (exchange, _, membership) = await ExchangeForMemberAsync(input.ExchangeId, cancellationToken);
            ExchangeRules.RequireMayDecline(exchange, actor, membership.Has(Roles.Coordinator));
            await RequireHeldAsync(exchange, cancellationToken);
            return commands.Command([], (book, now, _) =>
            {
                book.VoidHold(exchange.TransferId, now);
                return new ExchangesRecorded([exchange.Id], []);
            }, holds: [exchange.TransferId]);
        }, cancellationToken);

    /// <summary>Members listed once each; a repeat is refused at its list position (a member given twice is not merged silently).</summary>
    private static List<Id<Member>> EachOnce(IReadOnlyList<string> ids, string field)
    {
        var members = new List<Id<Member>>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            var member = GlobalId.Parse<Member>(ids[i], "Member", $"{field}[{i}]");
            if (members.Contains(member))
                throw new DomainException(new ValidationFailed($"{field}[{i}]", $"names the same member as {field}[{members.IndexOf(member)}]; list each person once"));
            members.Add(member);
        }
        return members;
    }

    /// <summary>Only an exchange whose hours are held can be confirmed or declined; one posted when recorded says so.</summary>
    private async Task RequireHeldAsync(Exchange exchange, CancellationToken cancellationToken)
    {
        commands.Resolving(exchange.Id);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var transfer = exchange.TransferId;
        if (await db.Set<Transfer>().AnyAsync(t => t.Id == transfer && t.Kind != TransferKind.Pending, cancellationToken))
            throw new DomainException(ExchangeResolved.PostedWhenRecorded(exchange.Id));
    }

    private async Task<(Exchange Exchange, TimebankSettings Settings, Membership Membership)> ExchangeForMemberAsync(string exchangeGlobalId, CancellationToken cancellationToken)
    {
        var id = GlobalId.Parse<Exchange>(exchangeGlobalId, "Exchange", "exchangeId");
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var (exchange, membership) = await viewer.RequireInOrganisationAsync(
            await db.Set<Exchange>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken), e => e.OrganisationId, new NotFound("exchange", exchangeGlobalId));
        return (exchange, await timebanks.TimebankAsync(exchange.OrganisationId, cancellationToken), membership);
    }

    private async Task<Id<Account>[]> VisibleForExchangeAsync(Id<Member> actor, Membership membership, TimebankSettings settings, Exchange exchange, CancellationToken cancellationToken)
    {
        var accounts = new List<(Id<Member>, Id<Account>)>();
        foreach (var (person, role) in new[] { (exchange.CreditedMemberId, "giver"), (exchange.DebitedMemberId, "receiver") })
        {
            if (person is not { } member)
                continue;
            accounts.Add((member, await timebanks.MemberAccountAsync(settings, member, "exchangeId", cancellationToken)));
            commands.Name(actor, membership, (accounts[^1].Item2, "exchangeId", role, member, null));
        }
        return ExchangeCommands.Visible(actor, membership, [.. accounts]);
    }
}
