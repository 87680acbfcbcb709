using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Brokerage.Brokers;
using Timebank.Api.Features.Brokerage.Requests;
using Timebank.Api.Features.Brokerage.Settings;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Brokerage;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Brokerage.Reports;

/// <summary>The coordinator's "where supply runs out" and "checks to renew", worked out by the domain's rules.</summary>
public sealed record BrokerageReport(
    BrokerageSettings Settings, IReadOnlyList<UnansweredRequest> Unanswered, IReadOnlyList<ThinSupply> ThinAreas, IReadOnlyList<ThinSupply> ThinLanguages,
    IReadOnlyList<ExpiringCheck> ChecksToRenew);

public sealed class BrokerageReportService(IDbContextFactory<TimebankDbContext> databases, BrokerageSettingsService settings, BrokerProfileService profiles)
{
    public async Task<BrokerageReport> ForAsync(Id<Organisation> timebank, CancellationToken cancellationToken)
    {
        var rules = await settings.ForAsync(timebank, cancellationToken);
        var today = await profiles.TodayAsync(timebank, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        // Requests still in play: not closed (no closure) and not withdrawn.
        var requests = await BrokerageRequestStore.Whole(db).AsNoTracking()
            .Where(r => r.OrganisationId == timebank && r.Closure == null && EF.Property<BrokerageRequestState>(r, "_state") != BrokerageRequestState.Withdrawn)
            .ToListAsync(cancellationToken);
        var brokers = await db.Set<BrokerProfile>().AsNoTracking().Where(p => p.OrganisationId == timebank).ToListAsync(cancellationToken);
        return new BrokerageReport(rules,
            SupplyReport.Unanswered(requests, today, rules.UnansweredAfterDays),
            SupplyReport.ThinAreas(requests, brokers),
            SupplyReport.ThinLanguages(requests, brokers),
            ExpiringChecks.Within(brokers, today, rules.CheckExpiryWarningDays));
    }
}
