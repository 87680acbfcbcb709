using GraphQL;
using GraphQL.Types;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Flexi;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi;

public sealed class WorkerQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
        => query.Field<AccountType>("workerDeliveredMinutes")
            .Description("A member of staff's delivered-minutes account in a service: your own, or (managers) anyone's; null for anyone else.")
            .Argument<NonNullGraphType<IdGraphType>>("serviceId")
            .Argument<IdGraphType>("workerId", "Managers: whose; yours when left out.")
            .RequireAuthentication()
            .ResolveAsync(async c =>
            {
                var access = c.Service<FlexiAccess>();
                if (GlobalId.TryParse<Domain.Flexi.Services.FlexiService>(c.GetArgument<string>("serviceId"), FlexiAccess.ServiceTypeName) is not { } id
                    || await access.VisibleAsync(id, c.CancellationToken) is not { } context)
                    return null;
                var me = await access.RequireViewerAsync();
                var asked = c.GetArgument<string?>("workerId");
                var worker = asked is null ? me : GlobalId.TryParse<Member>(asked, "Member");
                var membership = await access.MembershipInAsync(context.Service.ProviderId);
                var mine = worker == me && FlexiRoles.IsStaff(membership, context.Service.ProviderId);
                if (worker is not { } whose || !(mine || await access.RunsAsync(context.Service)))
                    return null;
                var account = await c.Service<CustomerAccounts>().WorkerOfAsync(context.Books, whose, c.CancellationToken);
                return await c.Service<ByIdLoader<Account>>().LoadAsync(account, c.CancellationToken);
            });
}
