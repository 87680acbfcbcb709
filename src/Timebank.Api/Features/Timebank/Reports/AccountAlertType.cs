using GraphQL.Types;
using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Timebank;

public sealed class AccountAlertType : ObjectGraphType<AccountAlert>
{
    public AccountAlertType()
    {
        Name = "AccountAlert";
        Field<NonNullGraphType<AccountType>>("account").Resolve(c => c.Source.Account);
        Field<MemberType>("member").Resolve(c => c.Service<ByIdLoader<Member>>().Load(Id<Member>.From(c.Source.Account.OwnerId)));
        Field(a => a.BelowSoftFloor);
    }
}
