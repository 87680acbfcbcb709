using GraphQL;
using GraphQL.Types;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Flexi.Services;

namespace Timebank.Api.Features.Flexi;

public sealed class ServiceQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
        => query.Field<FlexiServiceType>("flexiService")
            .Description("A core-and-flexi service, for its provider's members and its linked commissioners; null for anyone else.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequireAuthentication()
            .ResolveAsync(async c => GlobalId.TryParse<FlexiService>(c.GetArgument<string>("id"), FlexiAccess.ServiceTypeName) is { } id
                ? await c.Service<FlexiAccess>().VisibleAsync(id, c.CancellationToken)
                : null);
}

public sealed class ServiceMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        MutationField.Add<ResultPayloadType<ServiceContext, FlexiServiceType>, CreateServiceInputType, CreateServiceInput, ServiceContext>(mutation, "createService",
            "Managers of a PROVIDER: creates a core-and-flexi service with its contract split, flexi policy and its own minutes and cash ledgers.",
            async (c, i) =>
            {
                var service = await c.Service<FlexiServiceService>().CreateAsync(i, c.CancellationToken);
                return (await c.Service<FlexiAccess>().LoadAsync(service.Id, c.CancellationToken))!;
            });
        MutationField.Add<ResultPayloadType<ServiceContext, FlexiServiceType>, UpdateServicePolicyInputType, UpdateServicePolicyInput, ServiceContext>(mutation, "updateServicePolicy",
            "Managers: a new flexi policy, taking effect from the next period; the current and earlier periods keep theirs.",
            async (c, i) =>
            {
                var service = await c.Service<FlexiServiceService>().UpdatePolicyAsync(i, c.CancellationToken);
                return (await c.Service<FlexiAccess>().LoadAsync(service.Id, c.CancellationToken))!;
            });
    }
}

/// <summary>node(id:) for services, with the same visibility as flexiService.</summary>
public sealed class ServiceNodeSource : INodeSource
{
    public string TypeName => FlexiAccess.ServiceTypeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context)
        => await context.Service<FlexiAccess>().VisibleAsync(Id<FlexiService>.From(id), context.CancellationToken);
}
