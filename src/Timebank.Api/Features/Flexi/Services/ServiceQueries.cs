using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Flexi;

public sealed class ServiceQueries : IQueryFields
{
    public const int MaxListed = 100;

    public void AddTo(ObjectGraphType query)
    {
        query.Field<FlexiServiceType>("flexiService")
            .Description("A core-and-flexi service, for its provider's members and its linked commissioners; null for anyone else.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequireAuthentication()
            .ResolveAsync(async c => GlobalId.TryParse<FlexiService>(c.GetArgument<string>("id"), FlexiAccess.ServiceTypeName) is { } id
                ? await c.Service<FlexiAccess>().VisibleAsync(id, c.CancellationToken)
                : null);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FlexiServiceType>>>>("flexiServices")
            .Description($"A provider's services, oldest first (up to {MaxListed}), each seen by the same rule as flexiService: empty for anyone who may see none.")
            .Argument<NonNullGraphType<IdGraphType>>("providerId")
            .RequireAuthentication()
            .ResolveAsync(async c => GlobalId.TryParse<Organisation>(c.GetArgument<string>("providerId"), "Organisation") is { } provider
                ? await VisibleAsync(c, s => s.ProviderId == provider)
                : Array.Empty<ServiceContext>());
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FlexiServiceType>>>>("commissionedServices")
            .Description($"The services that name this commissioner, oldest first (up to {MaxListed}), each seen by the same rule as flexiService: empty for anyone who may see none.")
            .Argument<NonNullGraphType<IdGraphType>>("commissionerId")
            .RequireAuthentication()
            .ResolveAsync(async c => GlobalId.TryParse<Organisation>(c.GetArgument<string>("commissionerId"), "Organisation") is { } commissioner
                ? await VisibleAsync(c, s => s.CommissionerId == commissioner)
                : Array.Empty<ServiceContext>());
    }

    private static async Task<IReadOnlyList<ServiceContext>> VisibleAsync(IResolveFieldContext context, System.Linq.Expressions.Expression<Func<FlexiService, bool>> which)
    {
        await using var db = await context.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(context.CancellationToken);
        var ids = await db.Set<FlexiService>().AsNoTracking().Where(which).OrderBy(s => s.Id).Select(s => s.Id).Take(MaxListed).ToListAsync(context.CancellationToken);
        var access = context.Service<FlexiAccess>();
        var visible = new List<ServiceContext>();
        foreach (var id in ids)
        {
            if (await access.VisibleAsync(id, context.CancellationToken) is { } service)
                visible.Add(service);
        }
        return visible;
    }
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
