using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Persistence;
using Timebank.Api.Tests.Infrastructure;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;
using Timebank.Ledger.Testing;

namespace Timebank.Api.Tests.Features.Ledger;

/// <summary>
/// The real engine on the real store as a ledger under test: every step goes through the writer (and, with a key,
/// through <see cref="IdempotentLedger"/>) into SQLite or PostgreSQL, exactly as the API's mutations do.
/// </summary>
public sealed class StoreLedgerUnderTest : ILedgerUnderTest
{
    // Keys are per member; each sequence is its own member, so "key-3" of one sequence is not "key-3" of the next.
    private readonly Id<Member> _actor = Id<Member>.New();
    private readonly TimebankApiFactory _api;
    private readonly List<Id<Account>> _accounts;
    private readonly List<(Id<Transfer> Id, Instant Deadline)> _holds = [];
    private readonly List<Id<Transfer>> _moves = [];

    private StoreLedgerUnderTest(TimebankApiFactory api, List<Id<Account>> accounts)
    {
        _api = api;
        _accounts = accounts;
    }

    public static async Task<StoreLedgerUnderTest> StartAsync(TimebankApiFactory api, Id<Organisation> organisation, IReadOnlyList<AccountSetup> setup)
    {
        var now = api.Clock.GetCurrentInstant();
        var ledgers = setup.Select(a => a.Ledger).Distinct().ToDictionary(l => l, _ => Domain.Ledger.Ledger.Open(organisation, TimebankLedger.Hours, TimebankLedger.Unit, now));
        var accounts = setup.Select(a => ledgers[a.Ledger].OpenAccount(TimebankLedger.MemberHours, Guid.NewGuid(), new BalanceLimits(a.Floor, a.Ceiling), now)).ToList();
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync();
        db.AddRange(ledgers.Values);
        db.AddRange(accounts);
        await db.SaveChangesAsync();
        return new StoreLedgerUnderTest(api, accounts.ConvertAll(a => a.Id));
    }

    /// <summary>An organisation for the ledgers of a whole run (ledgers belong to organisations).</summary>
    public static async Task<Id<Organisation>> OrganisationAsync(TimebankApiFactory api)
    {
        var now = api.Clock.GetCurrentInstant();
        var founder = Member.SignUp(EmailAddress.Parse($"property-{Guid.NewGuid():N}@example.org"), DisplayName.Parse("Property run"), "not a real hash", now);
        var (organisation, membership) = Organisation.Create(OrganisationName.Parse("Property run"), OrganisationKind.Timebank, founder.Id, now);
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync();
        db.AddRange(founder, organisation, membership);
        await db.SaveChangesAsync();
        return organisation.Id;
    }

    public async Task<Outcome> ApplyAsync(LedgerOp op)
    {
        switch (op)
        {
            case AdvanceOp advance:
                _api.Clock.Advance(Duration.FromSeconds(advance.Seconds));
                return Outcome.Ok;
            case AdvanceToDeadlineOp to:
                if (to.Hold >= 0 && to.Hold < _holds.Count && _holds[to.Hold].Deadline > _api.Clock.GetCurrentInstant())
                    _api.Clock.Reset(_holds[to.Hold].Deadline);
                return Outcome.Ok;
            case ExpireDueOp:
                var expired = await _api.Services.GetRequiredService<HoldExpiry>().ExpireDueAsync(CancellationToken.None);
                var mine = _holds.Select((h, i) => (h.Id, i)).Where(h => expired.Contains(h.Id)).Select(h => h.i).Order().ToList();
                return new Outcome("OK", mine);
        }

        try
        {
            var made = await SubmitAsync(op);
            return new Outcome("OK", made.Transfers.Select(id => Index(op, id)).ToList());
        }
        catch (DomainException refused)
        {
            return Outcome.Refused(refused.Error.Code);
        }
    }

    public async Task<IReadOnlyList<Totals>> TotalsAsync()
    {
        await using var db = await _api.Services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync();
        var accounts = await db.Set<Account>().AsNoTracking().Where(a => _accounts.Contains(a.Id)).ToDictionaryAsync(a => a.Id);
        return _accounts.Select(id => new Totals(accounts[id].Posted, accounts[id].PendingDebits, accounts[id].PendingCredits)).ToList();
    }

    private async Task<Made> SubmitAsync(LedgerOp op)
    {
        var command = Command(op);
        if (op.Key is null)
            return await _api.Services.GetRequiredService<LedgerWriter>().SubmitAsync(command, idempotency: null, CancellationToken.None);
        using var scope = _api.Services.CreateScope();
        var request = IdempotentRequest.For(_actor, op.Key, "property-step", op with { Key = null });
        return await scope.ServiceProvider.GetRequiredService<IdempotentLedger>().RunAsync(request, () => Task.FromResult<ILedgerCommand<Made>>(command), CancellationToken.None);
    }

    /// <summary>Ids the engine returned, as the run's indices (a replay returns ids made before, and so their old indices).</summary>
    private int Index(LedgerOp op, Id<Transfer> id)
    {
        var list = op is HoldOp ? _holds.Select(h => h.Id).ToList() : _moves;
        var known = list.IndexOf(id);
        if (known >= 0)
            return known;
        if (op is HoldOp hold)
        {
            _holds.Add((id, _api.Clock.GetCurrentInstant() + Duration.FromSeconds(hold.SecondsToLive)));
            return _holds.Count - 1;
        }
        _moves.Add(id);
        return _moves.Count - 1;
    }

    private LedgerCommand<Made> Command(LedgerOp op)
    {
        var accounts = _accounts;
        return op switch
        {
            PostOp post => new(new LedgerNeeds(Accounts(post)), (book, now, _) => new Made([book.Post(Order(post), now).Id])),
            HoldOp hold => new(new LedgerNeeds(Accounts(new PostOp(hold.Debit, hold.Credit, hold.Amount))), (book, now, _) =>
                new Made([book.Hold(Order(new PostOp(hold.Debit, hold.Credit, hold.Amount)), now + Duration.FromSeconds(hold.SecondsToLive), now).Id])),
            PostHoldOp post => new(new LedgerNeeds([], Holds: [HoldId(post.Hold)]), (book, now, _) => new Made([book.PostHold(HoldId(post.Hold), post.Amount, now).Id])),
            VoidHoldOp cancel => new(new LedgerNeeds([], Holds: [HoldId(cancel.Hold)]), (book, now, _) =>
            {
                book.VoidHold(HoldId(cancel.Hold), now);
                return new Made([]);
            }),
            ReverseOp reverse => new(new LedgerNeeds([], Reversals: [MoveId(reverse.Move)]), (book, now, _) => new Made([book.Reverse(MoveId(reverse.Move), 5, now, now.InUtc().Date).Id])),
            LinkedOp linked => new(new LedgerNeeds(linked.Posts.SelectMany(Accounts).Distinct().ToList()), (book, now, _) =>
                new Made(book.PostLinked(linked.Posts.Select(Order).ToList(), now).Select(t => t.Id).ToList())),
            SetLimitsOp limits => new(new LedgerNeeds([accounts[limits.Account]]), (book, _, _) =>
            {
                book.SetLimits(accounts[limits.Account], new BalanceLimits(limits.Floor, limits.Ceiling));
                return new Made([]);
            }),
            _ => throw new ArgumentException($"not a ledger step: {op}", nameof(op)),
        };
    }

    private Id<Account>[] Accounts(PostOp post) => [_accounts[post.Debit], _accounts[post.Credit]];

    private TransferOrder Order(PostOp post) => new(_accounts[post.Debit], _accounts[post.Credit], Amount.Of(post.Amount, "amount"), 1, new NodaTime.LocalDate(2026, 1, 1));

    private Id<Transfer> HoldId(int index) => index >= 0 && index < _holds.Count ? _holds[index].Id : Id<Transfer>.New();

    private Id<Transfer> MoveId(int index) => index >= 0 && index < _moves.Count ? _moves[index] : Id<Transfer>.New();

    /// <summary>What a step made, as transfer ids (stored as a keyed outcome and read back on replay).</summary>
    public sealed record Made(IReadOnlyList<Id<Transfer>> Transfers);
}
