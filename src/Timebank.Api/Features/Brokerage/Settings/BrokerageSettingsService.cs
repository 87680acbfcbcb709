using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Brokerage;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Brokerage.Settings;

public sealed record ConfigureBrokerageInput(string OrganisationId, bool? GrantFromPool, int? UnansweredAfterDays, int? CheckExpiryWarningDays);

/// <summary>A timebank's brokerage settings: the decided defaults until a coordinator changes them.</summary>
public sealed class BrokerageSettingsService(IDbContextFactory<TimebankDbContext> databases, Viewer viewer)
{
    public async Task<BrokerageSettings> ForAsync(Id<Organisation> organisation, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Set<BrokerageSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.OrganisationId == organisation, cancellationToken)
            ?? BrokerageSettings.Defaults(organisation);
    }

    public async Task<BrokerageSettings> ConfigureAsync(ConfigureBrokerageInput input, CancellationToken cancellationToken)
    {
        await viewer.RequireIdAsync();
        var organisation = GlobalId.Parse<Organisation>(input.OrganisationId, "Organisation", "organisationId");
        if (!await viewer.IsActiveMemberOfAsync(organisation))
            throw new DomainException(new NotFound("organisation", input.OrganisationId));
        var coordinator = await viewer.RequireRoleAsync(organisation, Roles.Coordinator, "change the brokerage settings");
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var settings = await db.Set<BrokerageSettings>().FirstOrDefaultAsync(s => s.OrganisationId == organisation, cancellationToken);
        if (settings is null)
        {
            settings = BrokerageSettings.Defaults(organisation);
            db.Add(settings);
        }
        settings.Configure(coordinator, input.GrantFromPool ?? settings.GrantFromPool, input.UnansweredAfterDays ?? settings.UnansweredAfterDays,
            input.CheckExpiryWarningDays ?? settings.CheckExpiryWarningDays);
        await db.SaveChangesAsync(cancellationToken);
        return settings;
    }
}
