using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Flexi.Rota;
using Timebank.Domain.Flexi.Services;

namespace Timebank.Api.Features.Flexi;

/// <summary>
/// A booking runs only if, in the writer's transaction, the worker and the customer are still free then, the core
/// is still covered and the budget has not ended: the diary read while preparing may be stale by then. On
/// PostgreSQL the worker's and customer's accounts are locked before this is read, so two API processes booking
/// either of them take turns. When it fails nothing is written and the booking is prepared again, which then
/// refuses it with the typed error (WORKER_ALREADY_BOOKED, CUSTOMER_ALREADY_BOOKED, BELOW_CORE_MINIMUM).
/// </summary>
internal sealed class DiaryStillFree(FlexiService service, IReadOnlyCollection<Shift> shifts, SupportSession booking) : ILedgerPrecondition
{
    // Read by HoldsFor for HoldsBeside, which the writer asks next (the precondition serves one command).
    private IReadOnlyCollection<SupportSession> _stored = [];

    public object Key => this;

    public bool KeptAcrossBatches => false;

    public async Task<object?> ReadAsync(TimebankDbContext db, CancellationToken cancellationToken)
    {
        var (id, start, end, budget) = (service.Id, booking.Start, booking.End, booking.BudgetId);
        var earliest = start - Duration.FromMinutes(SupportSession.MaxMinutes);
        var sessions = await SessionStore.LoadAsync(db, db.Set<SupportSession>().Where(s => s.ServiceId == id && s.Start < end && s.Start > earliest), cancellationToken);
        var ended = await db.Set<BudgetEnding>().AnyAsync(e => e.BudgetId == budget, cancellationToken);
        return new Read([.. sessions.Where(s => s.HoldsTime && s.End > start)], ended);
    }

    public bool HoldsFor(object? current)
    {
        if (current is not Read { Ended: false } read)
            return false;
        _stored = read.Sessions;
        return Free(read.Sessions);
    }

    public bool HoldsBeside(IReadOnlyList<object> batchRows)
    {
        if (batchRows.OfType<BudgetEnding>().Any(e => e.BudgetId == booking.BudgetId))
            return false;
        var booked = batchRows.OfType<SupportSession>().Where(s => s.ServiceId == service.Id && s.Start < booking.End && booking.Start < s.End).ToList();
        return booked.Count == 0 || Free([.. _stored, .. booked]);
    }

    public void Stale()
    {
    }

    private bool Free(IReadOnlyCollection<SupportSession> sessions)
    {
        var diary = new ServiceDiary(shifts, sessions, service.CoreMinimumStaff, service.TimeZone);
        return diary.WorkerClash(booking.WorkerId, booking.Start, booking.End) is null
               && diary.CustomerClash(booking.CustomerId, booking.Start, booking.End) is null
               && diary.CoreShortfall(booking.WorkerId, booking.Start, booking.End) is null;
    }

    private sealed record Read(IReadOnlyCollection<SupportSession> Sessions, bool Ended);
}
