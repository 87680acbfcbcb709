using GraphQL.Types;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Flexi.Deviations;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi;

/// <summary>Cash that would have paid for staff hours, moved outside the service by customers' choices; seen by the service's managers and its commissioners.</summary>
public sealed class ContractDeviationType : NodeType<ContractDeviation>
{
    public ContractDeviationType()
        : base(DeviationService.TypeName, d => d.Id.Value)
    {
        Field<NonNullGraphType<IdGraphType>>("serviceId").Resolve(c => GlobalId.Encode(FlexiAccess.ServiceTypeName, c.Source.ServiceId.Value));
        Field<NonNullGraphType<StringGraphType>>("reason").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<LongGraphType>>("pence").Description("The cash moved outside the service.").Resolve(c => c.Source.Pence);
        Field<NonNullGraphType<LongGraphType>>("staffMinutes").Description("The staff minutes that cash would have paid for.").Resolve(c => c.Source.StaffMinutes);
        Field<NonNullGraphType<LocalDateGraphType>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<LocalDateGraphType>>("to").Resolve(c => c.Source.To);
        Field<NonNullGraphType<DeviationStatusType>>("status").Resolve(c => c.Source.Status);
        Field<MemberType>("recordedBy").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.RecordedBy));
        Field<NonNullGraphType<InstantGraphType>>("recordedAt").Resolve(c => c.Source.RecordedAt);
        Field<MemberType>("decidedBy").Resolve(c => c.Source.DecidedBy is { } by ? c.Service<ByIdLoader<Member>>().Load(by) : null);
        Field<InstantGraphType>("decidedAt").Resolve(c => c.Source.DecidedAt);
        Field<StringGraphType>("decisionComment").Resolve(c => c.Source.DecisionNote);
    }
}
