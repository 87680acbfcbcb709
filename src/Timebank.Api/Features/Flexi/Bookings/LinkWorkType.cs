using GraphQL.Types;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi;

/// <summary>Planning time with a keyworker, recorded apart from support time.</summary>
public sealed class LinkWorkType : ObjectGraphType<LinkWork>
{
    public LinkWorkType()
    {
        Name = "LinkWork";
        Description = "Planning time with a keyworker; it never spends the customer's allowance.";
        Field<NonNullGraphType<MemberType>>("customer").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.CustomerId));
        Field<NonNullGraphType<MemberType>>("keyworker").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.KeyworkerId));
        Field<NonNullGraphType<LocalDateGraphType>>("date").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<LongGraphType>>("minutes").Resolve(c => c.Source.Minutes);
        Field<StringGraphType>("note").Resolve(c => c.Source.Note);
    }
}
