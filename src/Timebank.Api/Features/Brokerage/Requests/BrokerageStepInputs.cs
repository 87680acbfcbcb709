using GraphQL.Types;
using NodaTime;
using Timebank.Api.Platform.GraphQL.Scalars;

namespace Timebank.Api.Features.Brokerage.Requests;

// The small inputs of a request's steps; each names the request, and the broker where one is meant.

public sealed record InviteBrokersInput(string RequestId, IReadOnlyList<string> BrokerProfileIds);

public sealed record RespondToBrokerageInviteInput(string RequestId, bool Accept, string? Note);

public sealed record ChooseBrokerInput(string RequestId, string BrokerProfileId);

public sealed record LogBrokerageSessionInput(string RequestId, LocalDate Date, long Minutes, string? Note);

public sealed record WithdrawBrokerageRequestInput(string RequestId);

public sealed class InviteBrokersInputType : InputObjectGraphType<InviteBrokersInput>
{
    public InviteBrokersInputType()
    {
        Name = "InviteBrokersInput";
        Field<NonNullGraphType<IdGraphType>>("requestId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("brokerProfileIds").Description("Brokers who match the request; all are invited or none.");
    }
}

public sealed class RespondToBrokerageInviteInputType : InputObjectGraphType<RespondToBrokerageInviteInput>
{
    public RespondToBrokerageInviteInputType()
    {
        Name = "RespondToBrokerageInviteInput";
        Field<NonNullGraphType<IdGraphType>>("requestId");
        Field(i => i.Accept);
        Field(i => i.Note, nullable: true).Description("Seen by the person, e.g. \"away in March\".");
    }
}

public sealed class ChooseBrokerInputType : InputObjectGraphType<ChooseBrokerInput>
{
    public ChooseBrokerInputType()
    {
        Name = "ChooseBrokerInput";
        Field<NonNullGraphType<IdGraphType>>("requestId");
        Field<NonNullGraphType<IdGraphType>>("brokerProfileId").Description("One of the brokers who accepted.");
    }
}

public sealed class LogBrokerageSessionInputType : InputObjectGraphType<LogBrokerageSessionInput>
{
    public LogBrokerageSessionInputType()
    {
        Name = "LogBrokerageSessionInput";
        Field<NonNullGraphType<IdGraphType>>("requestId");
        Field<NonNullGraphType<LocalDateGraphType>>("date").Description("Not in the future, nor before the request.");
        Field(i => i.Minutes).Description("1 minute to 12 hours.");
        Field(i => i.Note, nullable: true);
    }
}

public sealed class WithdrawBrokerageRequestInputType : InputObjectGraphType<WithdrawBrokerageRequestInput>
{
    public WithdrawBrokerageRequestInputType()
    {
        Name = "WithdrawBrokerageRequestInput";
        Field<NonNullGraphType<IdGraphType>>("requestId");
    }
}
