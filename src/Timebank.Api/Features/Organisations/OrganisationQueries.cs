using GraphQL;
using GraphQL.Types;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Organisations;

public sealed class OrganisationQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<OrganisationType>("organisation")
            .Description("An organisation by id. Any signed-in member sees its name and kind, so they can ask to join; its members are for its members.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequireAuthentication()
            .ResolveAsync(async context =>
                GlobalId.TryParse<Organisation>(context.GetArgument<string>("id"), OrganisationType.TypeName) is { } id
                    ? await context.Service<ByIdLoader<Organisation>>().LoadAsync(id, context.CancellationToken)
                    : null);

        query.Field<NonNullGraphType<ConnectionGraphType<OrganisationType>>>("organisations")
            .Description("Organisations, oldest first, to find one to join.")
            .Argument<OrganisationKindType>("kind", "Only organisations of this kind.")
            .PagingArguments()
            .RequireAuthentication()
            .ResolveAsync(async context =>
            {
                var kind = context.GetArgument<OrganisationKind?>("kind");
                return await context.PageByIdAsync(db => db.Organisations.Where(o => kind == null || o.Kind == kind), o => o.Id);
            });
    }
}
