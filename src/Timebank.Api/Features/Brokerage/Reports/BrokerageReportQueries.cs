using GraphQL;
using GraphQL.Types;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Brokerage.Reports;

public sealed class BrokerageReportQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
        => query.Field<BrokerageReportType>("brokerageReport")
            .Description("Coordinators of the timebank: where supply runs out and checks to renew; null for anyone else.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .RequireAuthentication()
            .ResolveAsync(async c =>
            {
                var organisation = GlobalId.TryParse<Organisation>(c.GetArgument<string>("organisationId"), "Organisation");
                if (organisation is not { } timebank || (await c.Service<Viewer>().MembershipInAsync(timebank))?.Has(Roles.Coordinator) != true)
                    return null;
                return await c.Service<BrokerageReportService>().ForAsync(timebank, c.CancellationToken);
            });
}
