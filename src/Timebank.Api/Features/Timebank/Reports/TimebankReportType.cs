using GraphQL.Types;
using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed class TimebankReportType : ObjectGraphType<TimebankReport>
{
    public TimebankReportType()
    {
        Name = "TimebankReport";
        Description = "Exchanges by the day the help was given, whenever they were recorded (the rule statements follow), counting confirmed ones (reversed ones are left out).";
        Field(r => r.From, type: typeof(NonNullGraphType<LocalDateGraphType>));
        Field(r => r.To, type: typeof(NonNullGraphType<LocalDateGraphType>));
        Field(r => r.ExchangeCount);
        Field<NonNullGraphType<LongGraphType>>("minutesExchanged").Resolve(c => c.Source.MinutesExchanged);
        Field(r => r.ActiveMembers).Description("Members who gave or received in a confirmed exchange.");
        Field(r => r.AwaitingConfirmation).Description("Exchanges in the range still waiting for the receiver.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryTotalType>>>>("byCategory").Resolve(c => c.Source.ByCategory);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MonthTotalType>>>>("byMonth").Description("Each month the range touches, in order, empty ones included.").Resolve(c => c.Source.ByMonth);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccountAlertType>>>>("membersNearFloor")
            .Description("Member accounts under their soft floor or within an hour of their floor, lowest first.")
            .Resolve(c => c.Source.MembersNearFloor);
    }
}
