using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Courses;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Courses;

/// <summary>
/// What every course and mentoring operation starts from: who is asking (as the domain's <see cref="Actor"/>), the
/// people a request names, and the organisation's calendar.
/// </summary>
public sealed class CourseAccess(Viewer viewer, IDbContextFactory<TimebankDbContext> databases, ByIdLoader<Organisation> organisations)
{
    /// <summary>
    /// The organisation's calendar: sessions, awards and due dates are read in it. The organisation comes from the
    /// look-up cache organisations are kept in, so a dashboard asking once per row costs one read at most.
    /// </summary>
    public async Task<DateTimeZone> ZoneAsync(Id<Organisation> organisation, CancellationToken cancellationToken = default)
        => (await organisations.LoadAsync(organisation, cancellationToken))?.TimeZone ?? Organisation.DefaultTimeZone;

    public async Task<Actor> ActorAsync(Id<Organisation> organisation)
    {
        var me = await viewer.RequireIdAsync();
        return new Actor(me, await viewer.MembershipInAsync(organisation));
    }

    public async Task<bool> OrganisesAsync(Id<Organisation> organisation)
        => (await viewer.MembershipInAsync(organisation))?.Has(Roles.Organiser) == true;

    public Task<Id<Member>?> ViewerAsync() => viewer.TryGetIdAsync();

    public Task<Id<Member>> RequireViewerAsync() => viewer.RequireIdAsync();

    /// <summary>A member named by global id in <paramref name="field"/>, with their name for messages; NOT_FOUND when there is none.</summary>
    public async Task<Person> PersonAsync(string? globalId, string field, CancellationToken cancellationToken)
        => (await PeopleAsync([globalId], field, cancellationToken))[0];

    public async Task<IReadOnlyList<Person>> PeopleAsync(IReadOnlyList<string?> globalIds, string field, CancellationToken cancellationToken)
    {
        var ids = globalIds.Select((id, i) => GlobalId.Parse<Member>(id, "Member", globalIds.Count == 1 ? field : $"{field}[{i}]")).ToList();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var names = await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.DisplayName.Value, cancellationToken);
        return [.. ids.Select((id, i) => names.TryGetValue(id, out var name) ? new Person(id, name) : throw new DomainException(new NotFound("member", globalIds[i])))];
    }

    /// <summary>The viewer as a person, named as others see them.</summary>
    public async Task<Person> SelfAsync(CancellationToken cancellationToken)
    {
        var me = await viewer.RequireIdAsync();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return new Person(me, await db.Members.Where(m => m.Id == me).Select(m => m.DisplayName.Value).SingleAsync(cancellationToken));
    }

    /// <summary>
    /// Runs a read-change-save on one aggregate, again from the start when another request changed it meanwhile
    /// (its version moved), so neither change is lost and no capacity is overrun.
    /// </summary>
    public async Task<T> SaveWithRetryAsync<T>(Func<TimebankDbContext, Task<T>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var result = await change(db);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return result;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
            }
        }
    }

    /// <summary>Marks an aggregate root changed even when only its children changed, so its version guards the whole.</summary>
    public static void Touch(TimebankDbContext db, object root)
    {
        var version = db.Entry(root).Property(TimebankDbContext.VersionProperty);
        version.CurrentValue = (int)version.CurrentValue! + 1;
    }
}
