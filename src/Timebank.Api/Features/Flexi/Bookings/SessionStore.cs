using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Flexi.Rota;
using Timebank.Domain.Flexi.Services;

namespace Timebank.Api.Features.Flexi;

/// <summary>Sessions as the domain knows them: the booking row with its resolution (if any) restored onto it.</summary>
public static class SessionStore
{
    public static async Task<List<SupportSession>> LoadAsync(TimebankDbContext db, IQueryable<SupportSession> sessions, CancellationToken cancellationToken)
    {
        var rows = await (from session in sessions.AsNoTracking()
                          join resolution in db.Set<SessionResolution>().AsNoTracking() on session.Id equals resolution.SessionId into resolved
                          from resolution in resolved.DefaultIfEmpty()
                          select new { session, resolution }).ToListAsync(cancellationToken);
        foreach (var row in rows)
            row.resolution?.ApplyTo(row.session);
        return [.. rows.Select(r => r.session)];
    }

    /// <summary>The service's rota and sessions around an interval (a day either side), for one booking decision.</summary>
    public static async Task<ServiceDiary> DiaryAsync(TimebankDbContext db, FlexiService service, Instant start, Instant end, CancellationToken cancellationToken)
    {
        var (from, to) = (start - Duration.FromDays(1), end + Duration.FromDays(1));
        var id = service.Id;
        var shifts = await db.Set<Shift>().AsNoTracking().Where(s => s.ServiceId == id && s.Start < to && s.End > from).ToListAsync(cancellationToken);
        var sessions = await LoadAsync(db, db.Set<SupportSession>().Where(s => s.ServiceId == id && s.Start < to && s.Start > from - Duration.FromDays(1)), cancellationToken);
        return new ServiceDiary(shifts, sessions, service.CoreMinimumStaff, service.TimeZone);
    }
}
