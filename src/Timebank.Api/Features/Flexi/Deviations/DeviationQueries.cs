using GraphQL;
using GraphQL.Types;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Domain.Flexi.Deviations;

namespace Timebank.Api.Features.Flexi;

public sealed class DeviationQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContractDeviationType>>>>("contractDeviations")
            .Description("The service's managers and its linked commissioners: its contractual deviations, newest first; empty for anyone else.")
            .Argument<NonNullGraphType<IdGraphType>>("serviceId")
            .RequireAuthentication()
            .ResolveAsync(async c => await c.Service<DeviationService>().OfServiceAsync(c.GetArgument<string>("serviceId"), c.CancellationToken) ?? []);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContractDeviationType>>>>("deviationsAwaitingCommissioner")
            .Description("Commissioners: deviations waiting for your organisation to authorise or decline them, oldest first.")
            .RequireAuthentication()
            .ResolveAsync(async c => await c.Service<DeviationService>().AwaitingViewerAsync(c.CancellationToken));
    }
}

public sealed class DeviationMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        MutationField.Add<ResultPayloadType<ContractDeviation, ContractDeviationType>, RecordDeviationInputType, RecordDeviationInput, ContractDeviation>(mutation, "recordContractDeviation",
            "A provider's manager records that customers' choices moved cash that would have paid for staff hours outside the service; it waits for the linked commissioner.",
            (c, i) => c.Service<DeviationService>().RecordAsync(i, c.CancellationToken));
        MutationField.Add<ResultPayloadType<ContractDeviation, ContractDeviationType>, DecideDeviationInputType, DecideDeviationInput, ContractDeviation>(mutation, "authoriseContractDeviation",
            "A commissioner of the service's commissioning organisation authorises a deviation, with an optional comment; once.",
            (c, i) => c.Service<DeviationService>().AuthoriseAsync(i, c.CancellationToken));
        MutationField.Add<ResultPayloadType<ContractDeviation, ContractDeviationType>, DecideDeviationInputType, DecideDeviationInput, ContractDeviation>(mutation, "declineContractDeviation",
            "A commissioner of the service's commissioning organisation declines a deviation, with a comment saying why; once.",
            (c, i) => c.Service<DeviationService>().DeclineAsync(i, c.CancellationToken));
    }
}
