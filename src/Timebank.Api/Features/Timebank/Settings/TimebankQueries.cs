using GraphQL;
using GraphQL.Types;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed class TimebankQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
        => query.Field<TimebankType>("timebank")
            .Description("A timebank you belong to (its ledger opens the first time it is used); null otherwise.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .RequireAuthentication()
            .ResolveAsync(async c => await MemberTimebankAsync(c, c.GetArgument<string>("organisationId")) is { } found ? found.Settings : null);

    internal static async Task<(TimebankSettings Settings, Membership Membership)?> MemberTimebankAsync(IResolveFieldContext context, string organisationGlobalId)
    {
        if (GlobalId.TryParse<Organisation>(organisationGlobalId, "Organisation") is not { } organisation)
            return null;
        if (await context.Service<Viewer>().MembershipInAsync(organisation) is not { IsActive: true } membership)
            return null;
        try
        {
            return (await context.Service<TimebankService>().TimebankAsync(organisation, context.CancellationToken), membership);
        }
        catch (DomainException refused) when (refused.Error is NotAllowed)
        {
            // Not a timebank organisation.
            return null;
        }
    }
}
