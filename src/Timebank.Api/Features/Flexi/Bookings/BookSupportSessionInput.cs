using GraphQL.Types;
using NodaTime;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Flexi.Bookings;

namespace Timebank.Api.Features.Flexi;

public sealed record BookSupportSessionInput(string ServiceId, string WorkerId, Instant Start, long Minutes, SessionWhere Where, SessionFormality Formality,
    string? CustomerId = null, string? PlaceName = null, string? Outcome = null, bool? WorkerChosenByCustomer = null, string? IdempotencyKey = null);

public sealed record CompleteSupportSessionInput(string SessionId, long DeliveredMinutes, string? IdempotencyKey = null);

public sealed record CancelSupportSessionInput(string SessionId, string? Reason = null, string? IdempotencyKey = null);

public sealed class SessionWhereType : EnumerationGraphType<SessionWhere>
{
    public SessionWhereType() => Name = "SessionWhere";
}

public sealed class SessionFormalityType : EnumerationGraphType<SessionFormality>
{
    public SessionFormalityType() => Name = "SessionFormality";
}

public sealed class SessionStatusType : EnumerationGraphType<SessionStatus>
{
    public SessionStatusType() => Name = "SupportSessionStatus";
}

public sealed class BookSupportSessionInputType : InputObjectGraphType<BookSupportSessionInput>
{
    public BookSupportSessionInputType()
    {
        Name = "BookSupportSessionInput";
        Field<NonNullGraphType<IdGraphType>>("serviceId");
        Field<IdGraphType>("customerId").Description("Staff booking on a customer's behalf: whose session; yours when left out.");
        Field<NonNullGraphType<IdGraphType>>("workerId").Description("The member of staff the customer chose.");
        Field<NonNullGraphType<InstantGraphType>>("start");
        Field<NonNullGraphType<LongGraphType>>("minutes");
        Field<NonNullGraphType<SessionWhereType>>("where");
        Field<StringGraphType>("placeName").Description("With NAMED_PLACE: the place, e.g. the café.");
        Field<NonNullGraphType<SessionFormalityType>>("formality");
        Field<StringGraphType>("outcome").Description("The plan outcome it serves: required, and one of the plan's, while the customer has an approved plan in force.");
        Field<BooleanGraphType>("workerChosenByCustomer").Description("Staff booking: whether the customer chose this worker (true when left out).");
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Description("Asking again with the same key moves nothing twice.");
    }
}

public sealed class CompleteSupportSessionInputType : InputObjectGraphType<CompleteSupportSessionInput>
{
    public CompleteSupportSessionInputType()
    {
        Name = "CompleteSupportSessionInput";
        Field<NonNullGraphType<IdGraphType>>("sessionId");
        Field<NonNullGraphType<LongGraphType>>("deliveredMinutes").Description("Minutes given, at most those booked; the rest goes back to the customer.");
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Description("Asking again with the same key moves nothing twice.");
    }
}

public sealed class CancelSupportSessionInputType : InputObjectGraphType<CancelSupportSessionInput>
{
    public CancelSupportSessionInputType()
    {
        Name = "CancelSupportSessionInput";
        Field<NonNullGraphType<IdGraphType>>("sessionId");
        Field<StringGraphType>("reason");
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Description("Asking again with the same key moves nothing twice.");
    }
}
