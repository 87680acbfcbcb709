using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Flexi;

/// <summary>Creating services and changing their policy; the rules are the domain's (<c>FlexiService</c>, <c>FlexiPolicy</c>).</summary>
public sealed class FlexiServiceService(FlexiAccess access, IDbContextFactory<TimebankDbContext> databases, IClock clock)
{
    /// <summary>The service, its first policy, its two ledgers with their funding and purchases accounts, in one save.</summary>
    public async Task<FlexiService> CreateAsync(CreateServiceInput input, CancellationToken cancellationToken)
    {
        await access.RequireViewerAsync();
        var providerId = GlobalId.Parse<Organisation>(input.ProviderId, OrganisationType.TypeName, "providerId");
        var split = input.Split.Parse();
        var policy = input.Policy.Parse();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var provider = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == providerId, cancellationToken)
                       ?? throw new DomainException(new NotFound("organisation", input.ProviderId));
        var manager = await access.MembershipInAsync(provider.Id);
        var now = clock.GetCurrentInstant();
        var (service, first) = FlexiService.Create(provider, manager!, input.Name, input.ContractValuePencePerPeriod, split, policy, now,
            input.TimeZone, input.PeriodStartDay ?? Domain.Flexi.Periods.PeriodSchedule.DefaultStartDay, input.PeriodWeeks ?? 1,
            input.CoreMinimumStaff ?? FlexiService.DefaultCoreMinimumStaff);
        if (input.SpendingGuidance is not null)
            service.SetSpendingGuidance(input.SpendingGuidance, manager!);
        if (input.CommissionerId is not null)
        {
            var commissionerId = GlobalId.Parse<Organisation>(input.CommissionerId, OrganisationType.TypeName, "commissionerId");
            var commissioner = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == commissionerId, cancellationToken)
                               ?? throw new DomainException(new NotFound("organisation", input.CommissionerId));
            service.LinkCommissioner(commissioner, manager!);
        }
        var (_, rows) = FlexiBooks.Open(service, now);
        db.Add(service);
        db.Add(first);
        db.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        return service;
    }

    /// <summary>A new policy from the next period; the current and earlier periods keep theirs.</summary>
    public async Task<FlexiService> UpdatePolicyAsync(UpdateServicePolicyInput input, CancellationToken cancellationToken)
    {
        var context = await access.ServiceAsync(input.ServiceId, "serviceId", cancellationToken);
        var policy = input.Policy.Parse();
        var manager = await access.MembershipInAsync(context.Service.ProviderId);
        var version = context.Service.ChangePolicy(policy, manager!, clock.GetCurrentInstant());
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        return context.Service;
    }
}
