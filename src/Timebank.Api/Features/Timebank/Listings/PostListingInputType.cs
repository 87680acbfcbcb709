using GraphQL.Types;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed class PostListingInputType : InputObjectGraphType<PostListingInput>
{
    public PostListingInputType()
    {
        Name = "PostListingInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field(i => i.Title);
        Field(i => i.Details, nullable: true);
        Field<IdGraphType>("categoryId");
        Field(i => i.Area, nullable: true);
    }
}
