using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.Caching;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Flexi;

/// <summary>A service as every flexi operation starts from it: the service row, its books and its policies.</summary>
public sealed record ServiceContext(FlexiService Service, FlexiBooks Books, PolicyHistory Policies);

/// <summary>
/// Who is asking and what they may see of a service: its provider's members (customers, staff, managers) and the
/// linked commissioner's commissioners. Anyone else is told the service does not exist.
/// </summary>
public sealed class FlexiAccess(Viewer viewer, IDbContextFactory<TimebankDbContext> databases, LookupCache cache)
{
    public const string ServiceTypeName = "FlexiService";

    public Viewer Viewer => viewer;

    public Task<Id<Member>> RequireViewerAsync() => viewer.RequireIdAsync();

    public Task<Membership?> MembershipInAsync(Id<Organisation> organisation) => viewer.MembershipInAsync(organisation);

    /// <summary>The service named by global id in <paramref name="field"/>, if the viewer may see it; NOT_FOUND otherwise, revealing nothing.</summary>
    public async Task<ServiceContext> ServiceAsync(string? globalId, string field, CancellationToken cancellationToken)
    {
        var id = GlobalId.Parse<FlexiService>(globalId, ServiceTypeName, field);
        return await VisibleAsync(id, cancellationToken) ?? throw new DomainException(new NotFound("service", globalId));
    }

    public async Task<ServiceContext?> VisibleAsync(Id<FlexiService> id, CancellationToken cancellationToken)
    {
        var context = await LoadAsync(id, cancellationToken);
        return context is not null && await MaySeeAsync(context.Service) ? context : null;
    }

    public async Task<bool> MaySeeAsync(FlexiService service)
    {
        if (await viewer.TryGetIdAsync() is null)
            return false;
        if ((await viewer.MembershipInAsync(service.ProviderId))?.IsActive == true)
            return true;
        return service.CommissionerId is { } commissioner && await IsCommissionerAsync(commissioner);
    }

    public async Task<bool> RunsAsync(FlexiService service) => FlexiRoles.RunsProvider(await viewer.MembershipInAsync(service.ProviderId), service.ProviderId);

    public async Task<bool> IsCommissionerOfAsync(FlexiService service) => service.CommissionerId is { } commissioner && await IsCommissionerAsync(commissioner);

    private async Task<bool> IsCommissionerAsync(Id<Organisation> organisation)
        => (await viewer.MembershipInAsync(organisation))?.Has(Roles.Commissioner) == true;

    /// <summary>The service, its books and policies; read fresh (policies change), the books cached for good.</summary>
    public async Task<ServiceContext?> LoadAsync(Id<FlexiService> id, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var service = await db.Set<FlexiService>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (service is null)
            return null;
        var books = await cache.GetOrLoadAsync(("flexi-books", id), lifetime: null,
            () => db.Set<FlexiBooks>().AsNoTracking().SingleAsync(b => b.ServiceId == id, cancellationToken));
        var versions = await db.Set<PolicyVersion>().AsNoTracking().Where(v => v.ServiceId == id).ToListAsync(cancellationToken);
        return new ServiceContext(service, books, new PolicyHistory(versions));
    }

    /// <summary>Active memberships of members in the provider, by member.</summary>
    public async Task<IReadOnlyDictionary<Id<Member>, Membership>> MembershipsAsync(Id<Organisation> provider, IReadOnlyCollection<Id<Member>> members, CancellationToken cancellationToken)
    {
        var ids = members.Distinct().ToList();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Memberships.AsNoTracking().Where(m => m.OrganisationId == provider && ids.Contains(m.MemberId)).ToDictionaryAsync(m => m.MemberId, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Id<Member>, string>> NamesAsync(IReadOnlyCollection<Id<Member>> members, CancellationToken cancellationToken)
    {
        var ids = members.Distinct().ToList();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.DisplayName.Value, cancellationToken);
    }
}
