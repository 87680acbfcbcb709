using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

/// <summary>Where an exchange stands, read from its transfers: the hold, what resolved it, and any reversal.</summary>
public sealed record ExchangeState(ExchangeStatus Status, Id<Transfer>? PostedTransferId, long? PostedMinutes, Instant? ExpiresAt);

/// <summary>Exchange states by the exchange's own transfer id: three queries however many exchanges are listed.</summary>
public sealed class ExchangeStateLoader(IDbContextFactory<TimebankDbContext> databases, IClock clock) : BatchLoader<Id<Transfer>, ExchangeState>
{
    protected override async Task<IReadOnlyDictionary<Id<Transfer>, ExchangeState>> FetchAsync(IReadOnlyList<Id<Transfer>> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var recorded = await db.Set<Transfer>().AsNoTracking().Where(t => keys.Contains(t.Id))
            .Select(t => new { t.Id, t.Kind, t.Amount, t.ExpiresAt }).ToListAsync(cancellationToken);
        var resolutions = await db.Set<Transfer>().AsNoTracking().Where(t => t.PendingId != null && keys.Contains(t.PendingId.Value))
            .Select(t => new { Hold = t.PendingId!.Value, t.Id, t.Kind, t.Amount }).ToDictionaryAsync(t => t.Hold, cancellationToken);
        var posted = recorded.Where(t => t.Kind == TransferKind.Posted).Select(t => t.Id)
            .Concat(resolutions.Values.Where(r => r.Kind == TransferKind.PostPending).Select(r => r.Id)).ToList();
        var reversed = (await db.Set<Transfer>().AsNoTracking().Where(t => t.ReversesId != null && posted.Contains(t.ReversesId.Value))
            .Select(t => t.ReversesId!.Value).ToListAsync(cancellationToken)).ToHashSet();
        var now = clock.GetCurrentInstant();

        return recorded.ToDictionary(t => t.Id, t =>
        {
            var resolution = resolutions.GetValueOrDefault(t.Id);
            var postedTransfer = t.Kind == TransferKind.Posted ? t.Id : resolution?.Kind == TransferKind.PostPending ? resolution.Id : (Id<Transfer>?)null;
            var postedMinutes = t.Kind == TransferKind.Posted ? t.Amount : resolution?.Kind == TransferKind.PostPending ? resolution.Amount : (long?)null;
            var status = ExchangeRules.Status(t.Kind, resolution?.Kind, postedTransfer is { } p && reversed.Contains(p), t.ExpiresAt <= now);
            return new ExchangeState(status, postedTransfer, postedMinutes, status == ExchangeStatus.AwaitingConfirmation ? t.ExpiresAt : null);
        });
    }
}

/// <summary>The exchange recorded with each transfer (for a posted hold, the exchange of the hold), for statements.</summary>
public sealed class ExchangeByTransferLoader(IDbContextFactory<TimebankDbContext> databases) : BatchLoader<Id<Transfer>, Exchange>
{
    protected override async Task<IReadOnlyDictionary<Id<Transfer>, Exchange>> FetchAsync(IReadOnlyList<Id<Transfer>> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var holds = await db.Set<Transfer>().AsNoTracking().Where(t => keys.Contains(t.Id) && t.PendingId != null)
            .ToDictionaryAsync(t => t.Id, t => t.PendingId!.Value, cancellationToken);
        var wanted = keys.Select(k => holds.TryGetValue(k, out var hold) ? hold : k).Distinct().ToList();
        var exchanges = await db.Set<Exchange>().AsNoTracking().Where(e => wanted.Contains(e.TransferId)).ToDictionaryAsync(e => e.TransferId, cancellationToken);
        return keys.Select(k => (Key: k, Exchange: exchanges.GetValueOrDefault(holds.TryGetValue(k, out var hold) ? hold : k)))
            .Where(x => x.Exchange is not null)
            .ToDictionary(x => x.Key, x => x.Exchange!);
    }
}

public sealed class TimebankByLedgerLoader(IDbContextFactory<TimebankDbContext> databases) : BatchLoader<Id<Domain.Ledger.Ledger>, TimebankSettings>
{
    protected override async Task<IReadOnlyDictionary<Id<Domain.Ledger.Ledger>, TimebankSettings>> FetchAsync(
        IReadOnlyList<Id<Domain.Ledger.Ledger>> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Set<TimebankSettings>().AsNoTracking().Where(t => keys.Contains(t.LedgerId)).ToDictionaryAsync(t => t.LedgerId, cancellationToken);
    }
}

/// <summary>An exchange is seen by its giver and receiver (and whoever recorded it) and by the timebank's coordinators.</summary>
public sealed class ExchangeAccess(Viewer viewer)
{
    public async Task<bool> CanReadAsync(Exchange exchange)
    {
        if (await viewer.TryGetIdAsync() is not { } me || await viewer.MembershipInAsync(exchange.OrganisationId) is not { IsActive: true } membership)
            return false;
        return membership.Has(Roles.Coordinator) || exchange.GiverId == me || exchange.ReceiverId == me || exchange.RecordedBy == me;
    }
}

/// <summary>Every active member of a timebank has an hours account there from the moment they are approved.</summary>
public sealed class OpenAccountOnApproval(TimebankService timebanks) : Organisations.IMembershipListener
{
    public async Task ActivatedAsync(Organisation organisation, Membership membership, CancellationToken cancellationToken)
    {
        if (organisation.Kind != OrganisationKind.Timebank)
            return;
        var settings = await timebanks.TimebankAsync(organisation.Id, cancellationToken);
        await timebanks.MemberAccountAsync(settings, membership.MemberId, "membershipId", cancellationToken);
    }
}

/// <summary>Statement lines of timebank accounts read as "Gardening: Ann gave to Bob".</summary>
public static class ExchangeDescriber
{
    public static async Task<IReadOnlyDictionary<Id<Transfer>, string>> DescribeAsync(
        IDbContextFactory<TimebankDbContext> databases, IReadOnlyCollection<Id<Transfer>> transfers, CancellationToken cancellationToken)
    {
        var loader = new ExchangeByTransferLoader(databases);
        var exchanges = new Dictionary<Id<Transfer>, Exchange>();
        var pending = transfers.Distinct().Select(id => (Id: id, Result: loader.Load(id))).ToList();
        foreach (var (id, result) in pending)
        {
            if (await result.GetResultAsync(cancellationToken) is { } exchange)
                exchanges[id] = exchange;
        }
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var people = exchanges.Values.SelectMany(e => new[] { e.GiverId, e.ReceiverId }).OfType<Id<Member>>().Distinct().ToList();
        var names = await db.Members.AsNoTracking().Where(m => people.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.DisplayName.Value, cancellationToken);
        string Name(Id<Member>? id) => id is { } known ? names.GetValueOrDefault(known, "someone") : "the pool";
        return exchanges.ToDictionary(x => x.Key, x => x.Value.Kind switch
        {
            ExchangeKind.Donation => $"{x.Value.Description}: donated to the pool",
            ExchangeKind.Grant => $"{x.Value.Description}: granted from the pool",
            ExchangeKind.Reversal => $"Correction: {x.Value.Description}",
            _ => $"{x.Value.Description}: {Name(x.Value.GiverId)} gave to {Name(x.Value.ReceiverId)}",
        });
    }
}
