using GraphQL;
using GraphQL.Types;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Brokerage;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Brokerage.Requests;

public sealed class BrokerageRequestQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
        => query.Field<NonNullGraphType<ConnectionGraphType<BrokerageRequestType>>>("brokerageRequests")
            .Description("Requests in a timebank you may read: yours (or made for you), those you were invited to as a broker; coordinators: all. Oldest first.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .PagingArguments()
            .RequireAuthentication()
            .ResolveAsync(async c =>
            {
                var viewer = c.Service<Viewer>();
                var organisation = GlobalId.TryParse<Organisation>(c.GetArgument<string>("organisationId"), "Organisation");
                if (organisation is not { } timebank || await viewer.TryGetIdAsync() is not { } me || await viewer.MembershipInAsync(timebank) is not { IsActive: true } membership)
                    return Connection.Empty;
                var all = membership.Has(Roles.Coordinator);
                var page = await c.PageByIdAsync(db => BrokerageRequestStore.Whole(db).Where(r => r.OrganisationId == timebank
                    && (all || r.RequestedBy == me || (r.OnBehalfOf != null && r.OnBehalfOf.MemberId == me) || r.Invites.Any(i => i.BrokerId == me))), r => r.Id);
                return page;
            });
}

/// <summary>node(id:) for requests: only their readers; anyone else gets null, as for an id that does not exist.</summary>
public sealed class BrokerageRequestNodeSource : INodeSource
{
    public string TypeName => BrokerageRequestType.TypeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context)
    {
        var request = await context.Service<BrokerageRequestLoader>().LoadAsync(Id<BrokerageRequest>.From(id), context.CancellationToken);
        return request is not null && await BrokerageRequestStore.MayReadAsync(context.Service<Viewer>(), request) ? request : null;
    }
}
