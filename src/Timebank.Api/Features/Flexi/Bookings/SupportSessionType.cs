using GraphQL.Types;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi;

/// <summary>A one-to-one session, seen by its customer, its worker and the service's managers.</summary>
public sealed class SupportSessionType : NodeType<SupportSession>
{
    public SupportSessionType()
        : base(SessionService.TypeName, s => s.Id.Value)
    {
        Field<NonNullGraphType<MemberType>>("customer").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.CustomerId));
        Field<NonNullGraphType<MemberType>>("worker").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.WorkerId));
        Field<NonNullGraphType<InstantGraphType>>("start").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<InstantGraphType>>("end").Resolve(c => c.Source.End);
        Field<NonNullGraphType<LongGraphType>>("minutes").Description("Booked.").Resolve(c => c.Source.Minutes);
        Field<NonNullGraphType<SessionWhereType>>("where").Resolve(c => c.Source.Where);
        Field<StringGraphType>("placeName").Resolve(c => c.Source.PlaceName);
        Field<NonNullGraphType<SessionFormalityType>>("formality").Resolve(c => c.Source.Formality);
        Field<StringGraphType>("outcome").Resolve(c => c.Source.Outcome);
        Field<NonNullGraphType<BooleanGraphType>>("bookedOnBehalf").Description("Booked by staff for the customer.").Resolve(c => c.Source.BookedOnBehalf);
        Field<NonNullGraphType<BooleanGraphType>>("workerChosenByCustomer").Resolve(c => c.Source.WorkerChosenByCustomer);
        Field<NonNullGraphType<SessionStatusType>>("status").Resolve(c => c.Source.Status);
        Field<LongGraphType>("deliveredMinutes").Resolve(c => c.Source.DeliveredMinutes);
        Field<StringGraphType>("cancelReason").Resolve(c => c.Source.CancelReason);
    }
}
