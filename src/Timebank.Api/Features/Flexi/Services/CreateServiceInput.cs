using GraphQL.Types;
using NodaTime;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Flexi.Services;

namespace Timebank.Api.Features.Flexi;

/// <summary>Shares of the contract in basis points (1/100 of a percent): 7400 is 74%.</summary>
public sealed record SplitInput(int Core, int FlexiCash, int FlexiHours)
{
    public ContractSplit Parse() => ContractSplit.Of(Core, FlexiCash, FlexiHours);
}

public sealed record PolicyInput(long SupportMinutesPerPeriod, long CashPencePerPeriod, long SignOffThresholdPence, UnusedMinutes? UnusedMinutes = null,
    long? CarryOverCapMinutes = null, long? SavedCashCapPence = null, int? PurchaseExpiryDays = null, int? ReceiptDueDays = null,
    int? CompletionDueHours = null, CashOnLeaving? CashOnLeaving = null)
{
    public FlexiPolicy Parse() => FlexiPolicy.Create(SupportMinutesPerPeriod, CashPencePerPeriod, SignOffThresholdPence,
        UnusedMinutes ?? Domain.Flexi.Services.UnusedMinutes.Lapse, CarryOverCapMinutes, SavedCashCapPence,
        PurchaseExpiryDays ?? FlexiPolicy.DefaultPurchaseExpiryDays, ReceiptDueDays ?? FlexiPolicy.DefaultReceiptDueDays,
        CompletionDueHours ?? FlexiPolicy.DefaultCompletionDueHours, CashOnLeaving ?? Domain.Flexi.Services.CashOnLeaving.ReturnToFunding);
}

public sealed record CreateServiceInput(string ProviderId, string Name, long ContractValuePencePerPeriod, SplitInput Split, PolicyInput Policy,
    DateTimeZone? TimeZone = null, IsoDayOfWeek? PeriodStartDay = null, int? PeriodWeeks = null, int? CoreMinimumStaff = null,
    string? CommissionerId = null, string? SpendingGuidance = null);

public sealed record UpdateServicePolicyInput(string ServiceId, PolicyInput Policy);

public sealed class SplitInputType : InputObjectGraphType<SplitInput>
{
    public SplitInputType()
    {
        Name = "ContractSplitInput";
        Description = "Shares of the contract in basis points (1/100 of a percent, 7400 is 74%); together exactly 10000.";
        Field(s => s.Core);
        Field(s => s.FlexiCash);
        Field(s => s.FlexiHours);
    }
}

public sealed class PolicyInputType : InputObjectGraphType<PolicyInput>
{
    public PolicyInputType()
    {
        Name = "FlexiPolicyInput";
        Field<NonNullGraphType<LongGraphType>>("supportMinutesPerPeriod").Description("Support minutes each customer gets per period (210 is 3 hours 30 minutes).");
        Field<NonNullGraphType<LongGraphType>>("cashPencePerPeriod").Description("Cash each customer gets per period, in pence (4000 is £40).");
        Field<NonNullGraphType<LongGraphType>>("signOffThresholdPence").Description("A purchase above this waits for a manager's sign-off.");
        Field<UnusedMinutesType>("unusedMinutes").Description("LAPSE (the default) or CARRY_OVER.");
        Field<LongGraphType>("carryOverCapMinutes").Description("With CARRY_OVER: the most minutes kept past a period's end; none for no cap.");
        Field<LongGraphType>("savedCashCapPence").Description("The most cash a customer keeps past a period's end; none (the default) for no cap.");
        Field<IntGraphType>("purchaseExpiryDays").Description("Days a purchase may wait for sign-off (14).");
        Field<IntGraphType>("receiptDueDays").Description("Days a receipt may be missing before it is listed (14).");
        Field<IntGraphType>("completionDueHours").Description("Hours after its end before an uncompleted session is listed (48).");
        Field<CashOnLeavingType>("cashOnLeaving").Description("RETURN_TO_FUNDING (the default) or KEEP_FOR_CUSTOMER.");
    }
}

public sealed class CreateServiceInputType : InputObjectGraphType<CreateServiceInput>
{
    public CreateServiceInputType()
    {
        Name = "CreateServiceInput";
        Field<NonNullGraphType<IdGraphType>>("providerId").Description("A PROVIDER organisation you manage.");
        Field(i => i.Name);
        Field<NonNullGraphType<LongGraphType>>("contractValuePencePerPeriod");
        Field<NonNullGraphType<SplitInputType>>("split");
        Field<NonNullGraphType<PolicyInputType>>("policy");
        Field<TimeZoneGraphType>("timeZone").Description("The service's IANA zone; Europe/London by default.");
        Field<DayOfWeekType>("periodStartDay").Description("MONDAY by default.");
        Field<IntGraphType>("periodWeeks").Description("Weeks per period, 1 (the default) to 4.");
        Field<IntGraphType>("coreMinimumStaff").Description("Staff who must stay on shift for the core (2 by default).");
        Field<IdGraphType>("commissionerId").Description("The COMMISSIONER organisation whose commissioners read reports and authorise deviations.");
        Field<StringGraphType>("spendingGuidance").Description("What customers are shown about spending; a default is given.");
    }
}

public sealed class UpdateServicePolicyInputType : InputObjectGraphType<UpdateServicePolicyInput>
{
    public UpdateServicePolicyInputType()
    {
        Name = "UpdateServicePolicyInput";
        Field<NonNullGraphType<IdGraphType>>("serviceId");
        Field<NonNullGraphType<PolicyInputType>>("policy");
    }
}
