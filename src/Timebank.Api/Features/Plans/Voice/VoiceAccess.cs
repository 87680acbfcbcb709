using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Voice;

namespace Timebank.Api.Features.Plans.Voice;

/// <summary>
/// Who takes part in a service's client voice: its staff (any staff role) and its clients (the people it serves).
/// Both raise items and read the board and the champion roles; the staff who support people run them.
/// </summary>
public sealed class VoiceAccess(IDbContextFactory<TimebankDbContext> databases, Viewer viewer)
{
    /// <summary>How the viewer takes part in the organisation's client voice, or null when they do not.</summary>
    public async Task<RaisedAs?> StandingAsync(Id<Organisation> organisation, CancellationToken cancellationToken)
    {
        if (await viewer.TryGetIdAsync() is not { } me || await viewer.MembershipInAsync(organisation) is not { IsActive: true } membership)
            return null;
        // Staff of a council are also its members: their staff role decides how they speak.
        if (membership.Has(PlanAccess.StaffRoles))
            return RaisedAs.Staff;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await ServedPeople.IsServedAsync(db, organisation, me, cancellationToken) ? RaisedAs.Client : null;
    }

    /// <summary>The viewer's standing; a non-member is told there is no such organisation, a member who is neither is refused.</summary>
    public async Task<RaisedAs> RequireStandingAsync(string organisationId, CancellationToken cancellationToken)
    {
        var organisation = GlobalId.Parse<Organisation>(organisationId, "Organisation", "organisationId");
        if (await StandingAsync(organisation, cancellationToken) is { } standing)
            return standing;
        throw new DomainException(await viewer.IsActiveMemberOfAsync(organisation)
            ? new NotAllowed("Client voice is for the service's clients and staff.")
            : new NotFound("organisation", organisationId));
    }

    public async Task<bool> MayReadAsync(Id<Organisation> organisation, CancellationToken cancellationToken)
        => await StandingAsync(organisation, cancellationToken) is not null;

    /// <summary>Running the board and the champion roles is for the staff who support people, not commissioners.</summary>
    public Task RequireSupportStaffAsync(Id<Organisation> organisation, string forWhat)
        => viewer.RequireRoleAsync(organisation, PlanAccess.SupportRoles, forWhat);
}
