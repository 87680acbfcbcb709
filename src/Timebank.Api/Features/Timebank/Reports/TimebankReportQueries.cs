using GraphQL;
using GraphQL.Types;
using NodaTime;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Timebank;

public sealed class TimebankReportQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
        => query.Field<TimebankReportType>("timebankReport")
            .Description("Coordinators' report on a timebank for a range of days.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .Argument<NonNullGraphType<LocalDateGraphType>>("from")
            .Argument<NonNullGraphType<LocalDateGraphType>>("to")
            .RequireAuthentication()
            .ResolveAsync(async c =>
            {
                if (await TimebankQueries.MemberTimebankAsync(c, c.GetArgument<string>("organisationId")) is not { } found || !found.Membership.Has(Roles.Coordinator))
                    throw new ExecutionError("Only coordinators of this timebank can read its report.") { Code = ErrorCodes.NotAllowed };
                return await c.Service<TimebankReports>().BuildAsync(found.Settings, c.GetArgument<LocalDate>("from"), c.GetArgument<LocalDate>("to"), c.CancellationToken);
            });
}
