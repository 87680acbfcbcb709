using GraphQL;
using GraphQL.Types;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;

namespace Timebank.Api.Features.Directory.Import;

public sealed class ImportLocalSupportsInputType : InputObjectGraphType<ImportLocalSupportsInput>
{
    public ImportLocalSupportsInputType()
    {
        Name = "ImportLocalSupportsInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field(i => i.Document).Description("An ORUK 3.0 JSON export: an array of fully nested services (or a paged /services response).");
    }
}

public sealed class ImportLocalSupportsPayloadType : PayloadType<OrukImportSummary>
{
    public ImportLocalSupportsPayloadType()
        : base("ImportLocalSupportsPayload")
    {
        Result<IntGraphType>("created", s => s.Created);
        Result<IntGraphType>("updated", s => s.Updated).Description("Services whose ids were already here, from an earlier import.");
        Result<IntGraphType>("newTaxonomyTerms", s => s.NewTerms);
    }
}

public sealed class ImportLocalSupportsMutation : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
        => mutation.Field<NonNullGraphType<ImportLocalSupportsPayloadType>>("importLocalSupports")
            .Description("Imports another directory's ORUK 3.0 export into your group's entries (coordinators and managers). The whole file is checked first: every problem comes back with its path and nothing is written. Importing it again updates the same entries.")
            .Argument<NonNullGraphType<ImportLocalSupportsInputType>>("input")
            .RequireAuthentication()
            .ResolveAsync(async c => await DirectoryMutationRunner.RunAsync(c, () => c.Service<ImportLocalSupportsService>().ImportAsync(c.Input<ImportLocalSupportsInput>(), c.CancellationToken)));
}
