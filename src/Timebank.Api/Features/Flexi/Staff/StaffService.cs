using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Flexi.Staff;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Flexi;

/// <summary>Staff profiles (what staff choose to share) and the search customers choose a worker by.</summary>
public sealed class StaffService(FlexiAccess access, IDbContextFactory<TimebankDbContext> databases, IClock clock)
{
    public async Task<StaffProfile> UpsertAsync(UpsertStaffProfileInput input, CancellationToken cancellationToken)
    {
        var me = await access.RequireViewerAsync();
        var provider = GlobalId.Parse<Organisation>(input.ProviderId, OrganisationType.TypeName, "providerId");
        var membership = await access.MembershipInAsync(provider) ?? throw new DomainException(new NotFound("organisation", input.ProviderId));
        var details = new StaffProfileDetails(input.Background, input.Skills, input.Interests, input.Languages, input.PhotoReference);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var profile = await db.Set<StaffProfile>().SingleOrDefaultAsync(p => p.ProviderId == provider && p.MemberId == me, cancellationToken);
        if (profile is null)
            db.Add(profile = StaffProfile.Create(membership, details, clock.GetCurrentInstant()));
        else
            profile.Update(membership, details, clock.GetCurrentInstant());
        await db.SaveChangesAsync(cancellationToken);
        return profile;
    }

    /// <summary>The provider's staff profiles matching the filter, for the service's customers, staff and managers; empty for anyone else.</summary>
    public async Task<IReadOnlyList<StaffProfile>> SearchAsync(string serviceId, StaffFilterInput? filter, CancellationToken cancellationToken)
    {
        if (GlobalId.TryParse<Domain.Flexi.Services.FlexiService>(serviceId, FlexiAccess.ServiceTypeName) is not { } id
            || await access.LoadAsync(id, cancellationToken) is not { } context
            || (await access.MembershipInAsync(context.Service.ProviderId))?.IsActive != true)
            return [];
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var provider = context.Service.ProviderId;
        var profiles = await db.Set<StaffProfile>().AsNoTracking().Where(p => p.ProviderId == provider).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var staff = await access.MembershipsAsync(provider, [.. profiles.Select(p => p.MemberId)], cancellationToken);
        profiles = [.. profiles.Where(p => staff.TryGetValue(p.MemberId, out var m) && m.Has(Roles.Staff))];
        var wanted = new StaffFilter(filter?.Language, filter?.Skill, filter?.Interest, filter?.AvailableFrom, filter?.ForMinutes);
        ServiceDiary? diary = null;
        if (wanted.AvailableFrom is { } from)
            diary = await SessionStore.DiaryAsync(db, context.Service, from, from + Duration.FromMinutes(Math.Clamp(wanted.ForMinutes ?? StaffSearch.DefaultSessionMinutes, 1, SupportSession.MaxMinutes)), cancellationToken);
        return StaffSearch.Find(profiles, wanted, diary);
    }
}
