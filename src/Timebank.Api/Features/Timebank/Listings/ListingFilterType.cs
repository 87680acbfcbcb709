using GraphQL.Types;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed record ListingFilter(string? CategoryId, string? Text, string? Area, bool? IncludeWithdrawn);

public sealed class ListingFilterType : InputObjectGraphType<ListingFilter>
{
    public ListingFilterType()
    {
        Name = "ListingFilter";
        Field<IdGraphType>("categoryId");
        Field(f => f.Text, nullable: true).Description("Words to find in the title, details or area (any case).");
        Field(f => f.Area, nullable: true).Description("Only listings in this area (any case).");
        Field(f => f.IncludeWithdrawn, nullable: true);
    }
}
