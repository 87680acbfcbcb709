using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Flexi;

/// <summary>A budget as it is shown: the budget, its service, and its two accounts, after accrual brought it up to now.</summary>
public sealed record BudgetView(CustomerBudget Budget, ServiceContext Service, Id<Account> MinutesAccountId, Id<Account> CashAccountId);

/// <summary>Enrolling customers and reading budgets; accrual on read keeps every balance shown up to date.</summary>
public sealed class CustomerService(FlexiAccess access, IDbContextFactory<TimebankDbContext> databases, CustomerAccounts accounts, AllowanceRunner allowances, IClock clock)
{
    public const string BudgetTypeName = "CustomerBudget";

    public async Task<BudgetView> EnrolAsync(EnrolCustomerInput input, CancellationToken cancellationToken)
    {
        var context = await access.ServiceAsync(input.ServiceId, "serviceId", cancellationToken);
        var customerId = GlobalId.Parse<Member>(input.CustomerId, "Member", "customerId");
        var provider = context.Service.ProviderId;
        var manager = await access.MembershipInAsync(provider);
        FlexiRoles.RequireRunsProvider(manager, provider);
        var customer = (await access.MembershipsAsync(provider, [customerId], cancellationToken)).GetValueOrDefault(customerId)
                       ?? throw new DomainException(new NotACustomer());
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var serviceId = context.Service.Id;
        var active = await BudgetEnding.Running(db, serviceId, customerId).ToListAsync(cancellationToken);
        var budget = CustomerBudget.Enrol(context.Service, customer, manager!, input.CashHolding ?? CashHolding.PrepaidCard, active, clock.GetCurrentInstant());
        db.Add(budget);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone enrolled them at the same moment: the unique index on running budgets let one through.
            throw new DomainException(new AlreadyEnrolledInService());
        }
        await OpenWorkerAccountsAsync(context, cancellationToken);
        return await ViewAsync(context, budget, cancellationToken);
    }

    /// <summary>
    /// The viewer's own running budget in the service, or (managers) a customer's; accrued up to now first. Null when
    /// there is none or the viewer may not see it, alike.
    /// </summary>
    public async Task<BudgetView?> BudgetAsync(string serviceId, string? customerId, CancellationToken cancellationToken)
    {
        if (GlobalId.TryParse<Domain.Flexi.Services.FlexiService>(serviceId, FlexiAccess.ServiceTypeName) is not { } id
            || await access.VisibleAsync(id, cancellationToken) is not { } context)
            return null;
        var me = await access.RequireViewerAsync();
        var whose = customerId is null ? me : GlobalId.TryParse<Member>(customerId, "Member");
        if (whose is null || (whose != me && !await access.RunsAsync(context.Service)))
            return null;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var budget = await db.Set<CustomerBudget>().AsNoTracking().Where(b => b.ServiceId == id && b.CustomerId == whose)
            .OrderByDescending(b => b.EnrolledAt).FirstOrDefaultAsync(cancellationToken);
        return budget is null ? null : await ViewAsync(context, budget, cancellationToken);
    }

    /// <summary>A budget just written by this request, shown to the one who wrote it.</summary>
    public async Task<BudgetView> ViewAsync(Id<CustomerBudget> id, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var budget = await db.Set<CustomerBudget>().AsNoTracking().SingleAsync(b => b.Id == id, cancellationToken);
        var context = await access.LoadAsync(budget.ServiceId, cancellationToken) ?? throw new DomainException(new NotFound("service"));
        return await ViewAsync(context, budget, cancellationToken);
    }

    private async Task<BudgetView> ViewAsync(ServiceContext context, CustomerBudget budget, CancellationToken cancellationToken)
    {
        await allowances.AccrueAsync(context, budget, cancellationToken);
        return new BudgetView(budget, context, await accounts.MinutesOfAsync(context.Books, budget.CustomerId, cancellationToken),
            await accounts.CashOfAsync(context.Books, budget.CustomerId, cancellationToken));
    }

    /// <summary>Every member of staff of the provider gets a delivered-minutes account in the service's minutes ledger.</summary>
    private async Task OpenWorkerAccountsAsync(ServiceContext context, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var provider = context.Service.ProviderId;
        var members = await db.Memberships.AsNoTracking().Where(m => m.OrganisationId == provider && m.Status == MembershipStatus.Active).ToListAsync(cancellationToken);
        var staff = members.Where(m => m.Has(Roles.Staff)).Select(m => m.MemberId.Value).ToList();
        if (staff.Count > 0)
            await accounts.ManyAsync(context.Books, FlexiUnit.Minutes, FlexiLedger.WorkerDelivered, staff, cancellationToken);
    }
}
