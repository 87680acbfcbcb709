using GraphQL;
using GraphQL.Types;
using NodaTime;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Flexi.Reports;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi;

/// <summary>The service report's figures; minutes and pence are whole numbers, shares basis points (1/100 of a percent).</summary>
public sealed class ServiceReportType : ObjectGraphType<ServiceReportView>
{
    public ServiceReportType()
    {
        Name = "ServiceReport";
        Field<NonNullGraphType<LocalDateGraphType>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<LocalDateGraphType>>("to").Resolve(c => c.Source.To);
        Field<NonNullGraphType<ReportMinutesType>>("minutes").Resolve(c => c.Source.Report.Minutes);
        Field<NonNullGraphType<ReportCashType>>("cash").Resolve(c => c.Source.Report.Cash);
        Field<NonNullGraphType<IntGraphType>>("receiptsMissing").Resolve(c => c.Source.Report.Receipts.Missing);
        Field<NonNullGraphType<LongGraphType>>("receiptsMissingPence").Resolve(c => c.Source.Report.Receipts.MissingPence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkerMinutesType>>>>("deliveredPerWorker").Resolve(c => c.Source.Report.DeliveredPerWorker);
        Field<NonNullGraphType<IntGraphType>>("chosenWorkerSessions").Description("Delivered sessions with a worker the customer chose.").Resolve(c => c.Source.Report.ChosenWorkerSessions.Part);
        Field<NonNullGraphType<IntGraphType>>("deliveredSessions").Resolve(c => c.Source.Report.ChosenWorkerSessions.Whole);
        Field<NonNullGraphType<IntGraphType>>("chosenWorkerShare").Description("Basis points.").Resolve(c => c.Source.Report.ChosenWorkerSessions.BasisPoints);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContinuityType>>>>("workersPerCustomer").Resolve(c => c.Source.Report.WorkersPerCustomer);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlaceFiguresType>>>>("where").Resolve(c => c.Source.Report.Where);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FormalityFiguresType>>>>("how").Resolve(c => c.Source.Report.How);
        Field<NonNullGraphType<LongGraphType>>("contractedMinutes").Description("Allocated support minutes less any the commissioner authorised moving to cash.").Resolve(c => c.Source.Report.Contract.ContractedMinutes);
        Field<NonNullGraphType<LongGraphType>>("authorisedDeviationMinutes").Resolve(c => c.Source.Report.Contract.AuthorisedDeviationMinutes);
        Field<NonNullGraphType<ReportContractType>>("contract").Description("Contracted against delivered hours, with any deviation the commissioner authorised (those whose dates overlap the range).")
            .Resolve(c => c.Source.Report.Contract);
        Field<NonNullGraphType<ContractSplitType>>("split").Description("As contracted.").Resolve(c => Domain.Flexi.Services.ContractSplit.Of(c.Source.Report.Split.CoreBasisPoints, c.Source.Report.Split.FlexiCashBasisPoints, c.Source.Report.Split.FlexiHoursBasisPoints));
        Field<NonNullGraphType<IntGraphType>>("actualFlexiCashShare").Description("Cash spent as a share of the contract's value over the range, basis points.").Resolve(c => c.Source.Report.Split.ActualFlexiCashBasisPoints);
        Field<NonNullGraphType<IntGraphType>>("actualFlexiHoursShare").Description("Hours delivered at the contract's rate, basis points.").Resolve(c => c.Source.Report.Split.ActualFlexiHoursBasisPoints);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("mismatches").Description("Breakdowns that do not add up to their ledger sums; empty when the books agree.").Resolve(c => c.Source.Report.Mismatches);
    }
}

public sealed class ReportContractType : ObjectGraphType<ContractFigures>
{
    public ReportContractType()
    {
        Name = "ServiceReportContract";
        Field(f => f.ContractedMinutes).Description("Allocated support minutes less the authorised deviations' staff minutes.");
        Field(f => f.DeliveredMinutes);
        Field(f => f.AuthorisedDeviations).Description("How many deviations the commissioner authorised.");
        Field(f => f.AuthorisedDeviationMinutes).Description("The staff minutes they represent.");
        Field(f => f.AuthorisedDeviationPence).Description("The cash they moved outside the service.");
        Field("deviationsAwaitingCommissioner", f => f.DeviationsAwaiting);
    }
}

public sealed class ReportMinutesType : ObjectGraphType<MinutesFigures>
{
    public ReportMinutesType()
    {
        Name = "ServiceReportMinutes";
        Field(m => m.Allocated);
        Field(m => m.Booked).Description("Held now for sessions still booked.");
        Field(m => m.Delivered);
        Field(m => m.Lapsed);
        Field(m => m.CarriedOver);
        Field(m => m.LinkWork).Description("Planning time, recorded apart; it never spends the allowance.");
    }
}

public sealed class ReportCashType : ObjectGraphType<CashFigures>
{
    public ReportCashType()
    {
        Name = "ServiceReportCash";
        Field(m => m.Allocated);
        Field(m => m.Spent);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategorySpendType>>>>("spentByCategory").Resolve(c => c.Source.SpentByCategory);
        Field(m => m.Saved).Description("Customers' cash balances at the end of the range.");
        Field(m => m.AwaitingApproval);
        Field(m => m.Returned).Description("Returned to funding by the savings cap, leaving, or change after leaving.");
    }
}

public sealed class CategorySpendType : ObjectGraphType<CategorySpend>
{
    public CategorySpendType()
    {
        Name = "CategorySpend";
        Field(c => c.Category);
        Field(c => c.Pence);
    }
}

public sealed class WorkerMinutesType : ObjectGraphType<WorkerMinutes>
{
    public WorkerMinutesType()
    {
        Name = "WorkerDeliveredMinutes";
        Field<NonNullGraphType<MemberType>>("worker").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.Worker));
        Field(w => w.Minutes);
        Field(w => w.Sessions);
    }
}

public sealed class ContinuityType : ObjectGraphType<CustomerContinuity>
{
    public ContinuityType()
    {
        Name = "CustomerContinuity";
        Field<NonNullGraphType<MemberType>>("customer").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.Customer));
        Field(w => w.Workers).Description("How many different workers delivered their sessions.");
        Field(w => w.Sessions);
    }
}

public sealed class PlaceFiguresType : ObjectGraphType<PlaceFigures>
{
    public PlaceFiguresType()
    {
        Name = "SessionPlaceFigures";
        Field<NonNullGraphType<SessionWhereType>>("where").Resolve(c => c.Source.Where);
        Field(p => p.Sessions);
        Field(p => p.Minutes);
    }
}

public sealed class FormalityFiguresType : ObjectGraphType<FormalityFigures>
{
    public FormalityFiguresType()
    {
        Name = "SessionFormalityFigures";
        Field<NonNullGraphType<SessionFormalityType>>("formality").Resolve(c => c.Source.Formality);
        Field(p => p.Sessions);
        Field(p => p.Minutes);
    }
}

public sealed class ServiceReportQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
        => query.Field<ServiceReportType>("serviceReport")
            .Description($"The provider's managers and the linked commissioner's commissioners: the service's figures for days from..to (at most {ServiceReportService.MaxDays}); null for anyone else. The same figures as CSV: GET {FlexiEndpoints.ReportPath}.")
            .Argument<NonNullGraphType<IdGraphType>>("serviceId")
            .Argument<NonNullGraphType<LocalDateGraphType>>("from")
            .Argument<NonNullGraphType<LocalDateGraphType>>("to")
            .RequireAuthentication()
            .ResolveAsync(async c => await c.Service<ServiceReportService>().BuildAsync(c.GetArgument<string>("serviceId"), c.GetArgument<LocalDate>("from"), c.GetArgument<LocalDate>("to"), c.CancellationToken));
}
