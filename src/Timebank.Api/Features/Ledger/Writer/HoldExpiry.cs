using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

public sealed record HoldsExpired(IReadOnlyList<Id<Transfer>> Holds);

/// <summary>
/// Expires holds at their deadline even if nobody looks: it polls for due holds and expires them through the
/// writer, like any other request, so an expiry and a late confirmation cannot both win.
/// </summary>
public sealed partial class HoldExpiry(
    IDbContextFactory<TimebankDbContext> databases,
    ILedgerWriter writer,
    IClock clock,
    IOptions<LedgerOptions> options,
    ILogger<HoldExpiry> logger) : BackgroundService
{
    private const int Page = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ExpireDueAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                LogFailure(logger, failure);
            }
            await Task.Delay(options.Value.ExpiryPollInterval, stoppingToken);
        }
    }

    /// <summary>Expires every hold due now, a page at a time; returns the holds it expired.</summary>
    public async Task<IReadOnlyList<Id<Transfer>>> ExpireDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var expired = new List<Id<Transfer>>();
        List<Id<Transfer>> due;
        do
        {
            await using (var db = await databases.CreateDbContextAsync(cancellationToken))
            {
                due = await db.Set<OpenHold>().AsNoTracking()
                    .Where(h => h.ExpiresAt != null && h.ExpiresAt <= now)
                    .OrderBy(h => h.ExpiresAt)
                    .Select(h => h.TransferId)
                    .Take(Page)
                    .ToListAsync(cancellationToken);
            }
            if (due.Count > 0)
                expired.AddRange((await writer.SubmitAsync(Command(due), idempotency: null, cancellationToken)).Holds);
        }
        while (due.Count == Page);
        return expired;
    }

    /// <summary>Each hold is expired on its own: one resolved meanwhile (confirmed a moment earlier) is simply skipped.</summary>
    private static LedgerCommand<HoldsExpired> Command(IReadOnlyList<Id<Transfer>> due)
        => new(new LedgerNeeds([], Holds: due), (book, now, _) =>
        {
            var expired = new List<Id<Transfer>>();
            foreach (var hold in due)
            {
                try
                {
                    book.ExpireHold(hold, now);
                    expired.Add(hold);
                }
                catch (DomainException)
                {
                }
            }
            return new HoldsExpired(expired);
        });

    [LoggerMessage(Level = LogLevel.Error, Message = "Expiring due holds failed; will try again")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}
