using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Brokerage.Settings;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Features.Timebank;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Brokerage;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Brokerage.Requests;

/// <summary>What a close did: the request, and the exchange that paid the broker when hours were given.</summary>
public sealed record BrokerageClosed(Id<BrokerageRequest> RequestId, Id<Exchange>? ExchangeId);

/// <summary>
/// Closes a request and pays the broker in one ledger command: the closure row and the exchange are written in the
/// writer's transaction or not at all, under the caller's idempotency key (the request's own key when none is given),
/// so a retried close moves the hours once and a refused one writes nothing.
/// platform seam: the idempotent run, the accounts (TimebankService.TimebankAsync/MemberAccountAsync) and the posting
/// copy what recordExchange and grantHours do today; issue 11's ledger operations helper replaces them here.
/// </summary>
public sealed class BrokerageClose(
    IDbContextFactory<TimebankDbContext> databases, Viewer viewer, IdempotentLedger ledger, TimebankService timebanks, BrokerageSettingsService settings, IClock clock)
{
    public const string Operation = "closeBrokerageRequest";

    public async Task<BrokerageClosed> CloseAsync(CloseBrokerageRequestInput input, CancellationToken cancellationToken)
    {
        var actor = await viewer.RequireIdAsync();
        var key = input.IdempotencyKey ?? BrokerageHours.KeyPrefix + input.RequestId;
        try
        {
            return await ledger.RunAsync(IdempotentRequest.For(actor, key, Operation, input with { IdempotencyKey = null }), () => PrepareAsync(input, cancellationToken), cancellationToken);
        }
        catch (Exception failure) when (failure is not DomainException && failure is not OperationCanceledException)
        {
            // Two closes raced past the check: the closure's key let one through; the other hears it is closed.
            if (await ClosedAsync(input.RequestId, cancellationToken))
                throw new DomainException(new AlreadyClosed());
            throw;
        }
    }

    private async Task<ILedgerCommand<BrokerageClosed>> PrepareAsync(CloseBrokerageRequestInput input, CancellationToken cancellationToken)
    {
        BrokerageRequest request;
        Id<Member> actor;
        bool coordinates;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
            (request, actor, coordinates) = await BrokerageRequestStore.ForStepAsync(db, viewer, input.RequestId, tracked: false, cancellationToken);
        var timebank = await timebanks.TimebankAsync(request.OrganisationId, cancellationToken);
        var now = clock.GetCurrentInstant();
        var closure = request.Close(actor, coordinates, input.Outcome, input.Note, input.MinutesGiven, timebank.Today(now), now);
        if (closure.MinutesGiven == 0)
            return new LedgerCommand<BrokerageClosed>(new LedgerNeeds([]), (_, _, inserts) => Closed(inserts, closure, null));

        var rules = await settings.ForAsync(request.OrganisationId, cancellationToken);
        var broker = request.ChosenBrokerId!.Value;
        var brokerAccount = await timebanks.MemberAccountAsync(timebank, broker, "requestId", cancellationToken);
        var person = request.PersonMemberId is { } member && await IsActiveMemberAsync(request.OrganisationId, member, cancellationToken) ? member : (Id<Member>?)null;
        Id<Account>? personAccount = person is { } payer ? await timebanks.MemberAccountAsync(timebank, payer, "requestId", cancellationToken) : null;
        IReadOnlyCollection<Id<Account>> accounts = [brokerAccount, .. personAccount is { } own ? [own] : Array.Empty<Id<Account>>(), .. rules.GrantFromPool ? [timebank.PoolAccountId] : Array.Empty<Id<Account>>()];

        // The close's date is the timebank's today when it was prepared, so the exchange's date is checked against itself.
        return new LedgerCommand<BrokerageClosed>(new LedgerNeeds(accounts), (book, at, inserts) =>
        {
            // Who pays is decided on the balance the writer holds, inside its transaction.
            var held = personAccount is { } own ? book.Account(own) : null;
            var move = BrokerageHours.ForClosed(request, held is null ? null : new PersonAccount(person!.Value, held.Available, held.Floor), rules)!;
            var exchange = move.From switch
            {
                HoursPayer.Person => ExchangeBooking.Book(book, timebank, Recording.PostNow, new Participant(broker, brokerAccount), new Participant(person!.Value, personAccount!.Value),
                    move.Minutes, ExchangeDescription.Parse(move.Description), timebank.DefaultCategoryId, ExchangeDate.Of(move.Date, move.Date), actor, at),
                _ => Exchange.Record(ExchangeKind.Grant, timebank.OrganisationId, credited: broker, debited: null, move.Minutes, ExchangeDescription.Parse(move.Description),
                    timebank.DefaultCategoryId, ExchangeDate.Of(move.Date, move.Date), actor, at,
                    book.Post(new TransferOrder(timebank.PoolAccountId, brokerAccount, move.Minutes, (int)ExchangeKind.Grant, move.Date), at).Id),
            };
            inserts.Add(exchange);
            closure.PaidBy(exchange.Id.Value);
            return Closed(inserts, closure, exchange.Id);
        });
    }

    private static BrokerageClosed Closed(ICollection<object> inserts, BrokerageClosure closure, Id<Exchange>? exchange)
    {
        inserts.Add(closure);
        return new BrokerageClosed(closure.RequestId, exchange);
    }

    private async Task<bool> IsActiveMemberAsync(Id<Organisation> organisation, Id<Member> member, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Memberships.AnyAsync(m => m.OrganisationId == organisation && m.MemberId == member && m.Status == MembershipStatus.Active, cancellationToken);
    }

    private async Task<bool> ClosedAsync(string requestGlobalId, CancellationToken cancellationToken)
    {
        if (Platform.GraphQL.Relay.GlobalId.TryParse<BrokerageRequest>(requestGlobalId, BrokerageRequestType.TypeName) is not { } id)
            return false;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Set<BrokerageClosure>().AnyAsync(c => c.RequestId == id, cancellationToken);
    }
}
