using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Features.Members;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed class CategoryType : NodeType<Category>
{
    public const string TypeName = "Category";

    public CategoryType()
        : base(TypeName, c => c.Id.Value)
    {
        Field(c => c.Name);
        Field(c => c.Active).Description("Retired categories stay on old exchanges but take no new ones.");
    }
}
