using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi.Deviations;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Flexi;

/// <summary>
/// Contractual deviations: a provider's manager records one, a commissioner of the service's linked commissioning
/// organisation authorises or declines it, once. Nothing moves in the ledger (the cash was spent by purchases), so
/// these are plain writes; the rules are the domain's <c>ContractDeviation</c>.
/// </summary>
public sealed class DeviationService(FlexiAccess access, IDbContextFactory<TimebankDbContext> databases, IClock clock)
{
    public const string TypeName = "ContractDeviation";

    public async Task<ContractDeviation> RecordAsync(RecordDeviationInput input, CancellationToken cancellationToken)
    {
        var context = await access.ServiceAsync(input.ServiceId, "serviceId", cancellationToken);
        var manager = await access.MembershipInAsync(context.Service.ProviderId);
        var deviation = ContractDeviation.Record(context.Service, manager!, input.Reason, input.Pence, input.StaffMinutes, input.From, input.To, clock.GetCurrentInstant());
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.Add(deviation);
        await db.SaveChangesAsync(cancellationToken);
        return deviation;
    }

    public Task<ContractDeviation> AuthoriseAsync(DecideDeviationInput input, CancellationToken cancellationToken)
        => DecideAsync(input, (d, m, now) => d.Authorise(m, input.Comment, now), cancellationToken);

    public Task<ContractDeviation> DeclineAsync(DecideDeviationInput input, CancellationToken cancellationToken)
        => DecideAsync(input, (d, m, now) => d.Decline(m, input.Comment, now), cancellationToken);

    private async Task<ContractDeviation> DecideAsync(DecideDeviationInput input, Action<ContractDeviation, Membership, Instant> decide, CancellationToken cancellationToken)
    {
        var id = GlobalId.Parse<ContractDeviation>(input.DeviationId, TypeName, "deviationId");
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var deviation = await db.Set<ContractDeviation>().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        // Only those who may list the service's deviations learn that this one exists.
        var context = deviation is null ? null : await access.VisibleAsync(deviation.ServiceId, cancellationToken);
        if (deviation is null || context is null || !(await access.RunsAsync(context.Service) || await access.IsCommissionerOfAsync(context.Service)))
            throw new DomainException(new NotFound("deviation", input.DeviationId));
        // A manager of the provider sees it but is no commissioner of its commissioning organisation: the domain refuses them.
        var membership = await access.MembershipInAsync(deviation.CommissionerId)
                         ?? throw new DomainException(new NotAllowed("Only a commissioner of the service's commissioning organisation can decide on a deviation."));
        decide(deviation, membership, clock.GetCurrentInstant());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await databases.CreateDbContextAsync(cancellationToken);
            var status = await fresh.Set<ContractDeviation>().Where(d => d.Id == id).Select(d => d.Status).SingleAsync(cancellationToken);
            throw new DomainException(new DeviationAlreadyDecided(status));
        }
        return deviation;
    }

    /// <summary>A service's deviations, for its managers and its linked commissioners; null for anyone else.</summary>
    public async Task<IReadOnlyList<ContractDeviation>?> OfServiceAsync(string serviceId, CancellationToken cancellationToken)
    {
        if (GlobalId.TryParse<Domain.Flexi.Services.FlexiService>(serviceId, FlexiAccess.ServiceTypeName) is not { } id
            || await access.VisibleAsync(id, cancellationToken) is not { } context
            || !(await access.RunsAsync(context.Service) || await access.IsCommissionerOfAsync(context.Service)))
            return null;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Set<ContractDeviation>().AsNoTracking().Where(d => d.ServiceId == id).OrderByDescending(d => d.RecordedAt).ToListAsync(cancellationToken);
    }

    /// <summary>Deviations waiting for the viewer, as a commissioner of the organisations they decide for; oldest first.</summary>
    public async Task<IReadOnlyList<ContractDeviation>> AwaitingViewerAsync(CancellationToken cancellationToken)
    {
        var me = await access.RequireViewerAsync();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var organisations = (await db.Memberships.AsNoTracking().Where(m => m.MemberId == me).ToListAsync(cancellationToken))
            .Where(m => m.Has(Roles.Commissioner)).Select(m => m.OrganisationId).ToList();
        return await db.Set<ContractDeviation>().AsNoTracking()
            .Where(d => organisations.Contains(d.CommissionerId) && d.Status == DeviationStatus.AwaitingCommissioner)
            .OrderBy(d => d.RecordedAt).ToListAsync(cancellationToken);
    }
}
