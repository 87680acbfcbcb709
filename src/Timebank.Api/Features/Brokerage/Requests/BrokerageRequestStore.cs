using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Brokerage;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Brokerage.Requests;

/// <summary>
/// Loads a request whole (invites, sessions, closure) and decides who may read it: the person's side, the brokers
/// invited, the timebank's coordinators. Anyone else is told it does not exist.
/// </summary>
public static class BrokerageRequestStore
{
    public static IQueryable<BrokerageRequest> Whole(TimebankDbContext db)
        => db.Set<BrokerageRequest>().Include(r => r.Invites).Include(r => r.Sessions).Include(r => r.Closure).AsSplitQuery();

    public static async Task<bool> MayReadAsync(Viewer viewer, BrokerageRequest request)
    {
        if (await viewer.TryGetIdAsync() is not { } me)
            return false;
        var membership = await viewer.MembershipInAsync(request.OrganisationId);
        return request.MayBeReadBy(me, membership?.Has(Roles.Coordinator) == true);
    }

    /// <summary>The request for a step by the viewer; not found when it does not exist or they may not read it.</summary>
    public static async Task<(BrokerageRequest Request, Id<Member> Actor, bool Coordinates)> ForStepAsync(
        TimebankDbContext db, Viewer viewer, string requestGlobalId, bool tracked, CancellationToken cancellationToken)
    {
        var actor = await viewer.RequireIdAsync();
        var id = GlobalId.Parse<BrokerageRequest>(requestGlobalId, BrokerageRequestType.TypeName, "requestId");
        var query = Whole(db);
        var request = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null || !await MayReadAsync(viewer, request))
            throw new DomainException(new NotFound("brokerage request", requestGlobalId));
        var coordinates = (await viewer.MembershipInAsync(request.OrganisationId))?.Has(Roles.Coordinator) == true;
        return (request, actor, coordinates);
    }
}
