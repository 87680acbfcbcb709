using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
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
        var resolutions = (await TransferLookups.ResolutionsAsync(db, [.. keys], cancellationToken)).ToDictionary(r => r.Hold);
        var posted = recorded.Where(t => t.Kind == TransferKind.Posted).Select(t => t.Id)
            .Concat(resolutions.Values.Where(r => r.Kind == TransferKind.PostPending).Select(r => r.TransferId)).ToList();
        var reversed = (await TransferLookups.ReversedAsync(db, posted, cancellationToken)).ToHashSet();
        var now = clock.GetCurrentInstant();

        return recorded.ToDictionary(t => t.Id, t =>
        {
            var resolution = resolutions.GetValueOrDefault(t.Id);
            var postedTransfer = t.Kind == TransferKind.Posted ? t.Id : resolution?.Kind == TransferKind.PostPending ? resolution.TransferId : (Id<Transfer>?)null;
            var postedMinutes = t.Kind == TransferKind.Posted ? t.Amount : resolution?.Kind == TransferKind.PostPending ? resolution.Amount : (long?)null;
            var status = ExchangeRules.Status(t.Kind, resolution?.Kind, postedTransfer is { } p && reversed.Contains(p), t.ExpiresAt <= now);
            return new ExchangeState(status, postedTransfer, postedMinutes, status == ExchangeStatus.AwaitingConfirmation ? t.ExpiresAt : null);
        });
    }
}
