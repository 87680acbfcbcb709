using GraphQL.Types;
using NodaTime;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Flexi;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Flexi;

/// <summary>A core-and-flexi service, seen by its provider's members and its linked commissioners.</summary>
public sealed class FlexiServiceType : NodeType<ServiceContext>
{
    public FlexiServiceType()
        : base(FlexiAccess.ServiceTypeName, s => s.Service.Id.Value)
    {
        Description = "A provider's core-and-flexi service: its contract and split, its periods, its flexi policy and the spending guidance customers see.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Service.Name);
        Field<NonNullGraphType<OrganisationType>>("provider").Resolve(c => c.Service<ByIdLoader<Organisation>>().Load(c.Source.Service.ProviderId));
        Field<OrganisationType>("commissioner").Resolve(c => c.Source.Service.CommissionerId is { } id ? c.Service<ByIdLoader<Organisation>>().Load(id) : null);
        Field<NonNullGraphType<LongGraphType>>("contractValuePencePerPeriod").Resolve(c => c.Source.Service.ContractValuePencePerPeriod);
        Field<NonNullGraphType<ContractSplitType>>("split").Resolve(c => c.Source.Service.Split);
        Field<NonNullGraphType<TimeZoneGraphType>>("timeZone").Resolve(c => c.Source.Service.TimeZone);
        Field<NonNullGraphType<DayOfWeekType>>("periodStartDay").Resolve(c => c.Source.Service.PeriodStartDay);
        Field<NonNullGraphType<IntGraphType>>("periodWeeks").Resolve(c => c.Source.Service.PeriodWeeks);
        Field<NonNullGraphType<IntGraphType>>("coreMinimumStaff").Resolve(c => c.Source.Service.CoreMinimumStaff);
        Field<NonNullGraphType<StringGraphType>>("spendingGuidance").Description("Shown to customers: what their cash is for, rather than a list of banned items.")
            .Resolve(c => c.Source.Service.SpendingGuidance);
        Field<NonNullGraphType<FlexiPolicyType>>("policy").Description("The policy of the period running now.")
            .Resolve(c => c.Source.Policies.Current(c.Source.Service.Schedule, c.Service<IClock>().GetCurrentInstant()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PolicyVersionType>>>>("policyVersions").Description("Every policy and the first period it applies to, oldest first.")
            .Resolve(c => c.Source.Policies.Versions);
    }
}

public sealed class ContractSplitType : ObjectGraphType<ContractSplit>
{
    public ContractSplitType()
    {
        Name = "ContractSplit";
        Description = "Shares of the contract in basis points (1/100 of a percent), and as percentages for people.";
        Field<NonNullGraphType<IntGraphType>>("core").Resolve(c => c.Source.CoreBasisPoints);
        Field<NonNullGraphType<IntGraphType>>("flexiCash").Resolve(c => c.Source.FlexiCashBasisPoints);
        Field<NonNullGraphType<IntGraphType>>("flexiHours").Resolve(c => c.Source.FlexiHoursBasisPoints);
        Field<NonNullGraphType<StringGraphType>>("text").Description("e.g. core 74%, flexi cash 8%, flexi hours 18%.")
            .Resolve(c => $"core {FlexiText.Percent(c.Source.CoreBasisPoints)}, flexi cash {FlexiText.Percent(c.Source.FlexiCashBasisPoints)}, flexi hours {FlexiText.Percent(c.Source.FlexiHoursBasisPoints)}");
    }
}

public sealed class FlexiPolicyType : ObjectGraphType<FlexiPolicy>
{
    public FlexiPolicyType()
    {
        Name = "FlexiPolicy";
        Field<NonNullGraphType<LongGraphType>>("supportMinutesPerPeriod").Resolve(c => c.Source.SupportMinutesPerPeriod);
        Field<NonNullGraphType<LongGraphType>>("cashPencePerPeriod").Resolve(c => c.Source.CashPencePerPeriod);
        Field<NonNullGraphType<UnusedMinutesType>>("unusedMinutes").Resolve(c => c.Source.UnusedMinutes);
        Field<LongGraphType>("carryOverCapMinutes").Resolve(c => c.Source.CarryOverCapMinutes);
        Field<LongGraphType>("savedCashCapPence").Resolve(c => c.Source.SavedCashCapPence);
        Field<NonNullGraphType<LongGraphType>>("signOffThresholdPence").Resolve(c => c.Source.SignOffThresholdPence);
        Field<NonNullGraphType<IntGraphType>>("purchaseExpiryDays").Resolve(c => c.Source.PurchaseExpiryDays);
        Field<NonNullGraphType<IntGraphType>>("receiptDueDays").Resolve(c => c.Source.ReceiptDueDays);
        Field<NonNullGraphType<IntGraphType>>("completionDueHours").Resolve(c => c.Source.CompletionDueHours);
        Field<NonNullGraphType<CashOnLeavingType>>("cashOnLeaving").Resolve(c => c.Source.CashOnLeaving);
    }
}

public sealed class PolicyVersionType : ObjectGraphType<PolicyVersion>
{
    public PolicyVersionType()
    {
        Name = "FlexiPolicyVersion";
        Field<NonNullGraphType<LocalDateGraphType>>("effectiveFrom").Description("The first day of the first period it applies to.").Resolve(c => c.Source.EffectiveFrom);
        Field<NonNullGraphType<FlexiPolicyType>>("policy").Resolve(c => c.Source.Policy);
        Field<NonNullGraphType<InstantGraphType>>("setAt").Resolve(c => c.Source.SetAt);
    }
}
