using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

/// <summary>A timebank: its pool, your account, its rules, its categories and its exchanges.</summary>
public sealed class TimebankType : ObjectGraphType<TimebankSettings>
{
    public TimebankType()
    {
        Name = "Timebank";
        Field<NonNullGraphType<OrganisationType>>("organisation").Resolve(c => c.Service<ByIdLoader<Organisation>>().Load(c.Source.OrganisationId));
        Field<NonNullGraphType<AccountType>>("poolAccount").Description("Hours members donated, for the timebank to grant.")
            .Resolve(c => c.Service<ByIdLoader<Account>>().Load(c.Source.PoolAccountId));
        Field<AccountType>("viewerAccount").Description("Your hours account here (opened on first use).")
            .ResolveAsync(async c =>
            {
                var me = await c.Service<Viewer>().TryGetIdAsync();
                if (me is null || !await c.Service<Viewer>().IsActiveMemberOfAsync(c.Source.OrganisationId))
                    return null;
                var id = await c.Service<TimebankService>().MemberAccountAsync(c.Source, me.Value, "organisationId", c.CancellationToken);
                return await c.Service<ByIdLoader<Account>>().LoadAsync(id, c.CancellationToken);
            });
        Field<LongGraphType>("memberFloor").Description("The floor new member accounts get (minutes; -600 is ten hours).").Resolve(c => c.Source.MemberFloor);
        Field<LongGraphType>("memberCeiling").Resolve(c => c.Source.MemberCeiling);
        Field<LongGraphType>("memberWarnBelow").Resolve(c => c.Source.MemberWarnBelow);
        Field<LongGraphType>("memberWarnAbove").Resolve(c => c.Source.MemberWarnAbove);
        Field<NonNullGraphType<IntGraphType>>("confirmationDays").Description("How long an exchange waits for the receiver before it expires.").Resolve(c => c.Source.ConfirmationDays);
        Field(t => t.TimeZone);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryType>>>>("categories")
            .Argument<BooleanGraphType>("includeRetired")
            .ResolveAsync(async c =>
            {
                var organisation = c.Source.OrganisationId;
                var all = c.GetArgument<bool?>("includeRetired") == true;
                await using var db = await c.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(c.CancellationToken);
                return await db.Set<Category>().AsNoTracking().Where(x => x.OrganisationId == organisation && (all || x.Active)).OrderBy(x => x.Name).ToListAsync(c.CancellationToken);
            });
        Field<NonNullGraphType<ConnectionGraphType<ExchangeType>>>("exchanges")
            .Description("Oldest first, like every list here (last: n gives the newest n). Coordinators see every exchange; members see the ones they gave or received.")
            .Argument<BooleanGraphType>("awaitingConfirmation", "Only exchanges whose hours are held for the receiver to confirm.")
            .PagingArguments()
            .ResolveAsync(async c => await ExchangeListing.PageAsync(c, c.Source));
        Field<NonNullGraphType<ConnectionGraphType<AccountType>>>("memberAccounts")
            .Description("Every member's hours account (coordinators only; empty for others).")
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                if (await c.Service<Viewer>().MembershipInAsync(c.Source.OrganisationId) is not { } own || !own.Has(Roles.Coordinator))
                    return Platform.GraphQL.Relay.Connection.Empty;
                var ledger = c.Source.LedgerId;
                return await c.PageByIdAsync(db => db.Set<Account>().Where(a => a.LedgerId == ledger && a.Kind == TimebankLedger.MemberHours), a => a.Id);
            });
    }
}
