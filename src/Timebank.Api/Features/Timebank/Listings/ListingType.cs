using GraphQL.Types;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed class ListingType : NodeType<Listing>
{
    public const string TypeName = "Listing";

    public ListingType()
        : base(TypeName, l => l.Id.Value)
    {
        Description = "Help offered or asked for.";
        Field<NonNullGraphType<ListingKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ListingStatusType>>("status").Resolve(c => c.Source.Status);
        Field(l => l.Title);
        Field(l => l.Details, nullable: true);
        Field(l => l.Area, nullable: true);
        Field<CategoryType>("category").Resolve(c => c.Source.CategoryId is { } id ? c.Service<ByIdLoader<Category>>().Load(id) : null);
        Field<NonNullGraphType<MemberType>>("member").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.MemberId));
        Field(l => l.PostedAt);
        Field(l => l.WithdrawnAt, nullable: true);
    }
}
