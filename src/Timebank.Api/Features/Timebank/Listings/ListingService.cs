using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

/// <summary>Offers and requests for help, posted by members and withdrawn by them (or a coordinator).</summary>
public sealed class ListingService(IDbContextFactory<TimebankDbContext> databases, Viewer viewer, TimebankService timebanks, IClock clock)
{
    public async Task<Listing> PostListingAsync(ListingKind kind, PostListingInput input, CancellationToken cancellationToken)
    {
        var (settings, membership) = await timebanks.MemberOfTimebankAsync(input.OrganisationId, cancellationToken);
        var category = string.IsNullOrEmpty(input.CategoryId) ? (Id<Category>?)null : await timebanks.ActiveCategoryAsync(settings, input.CategoryId, cancellationToken);
        var listing = Listing.Post(settings.OrganisationId, membership.MemberId, kind, input.Title, input.Details, category, input.Area, clock.GetCurrentInstant());
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.Add(listing);
        await db.SaveChangesAsync(cancellationToken);
        return listing;
    }

    public async Task<Listing> WithdrawListingAsync(WithdrawListingInput input, CancellationToken cancellationToken)
    {
        var actor = await viewer.RequireIdAsync();
        var id = GlobalId.Parse<Listing>(input.ListingId, "Listing", "listingId");
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var (listing, membership) = await viewer.RequireInOrganisationAsync(
            await db.Set<Listing>().FirstOrDefaultAsync(l => l.Id == id, cancellationToken), l => l.OrganisationId, new NotFound("listing", input.ListingId));
        listing.Withdraw(actor, membership.Has(Roles.Coordinator), clock.GetCurrentInstant());
        await db.SaveChangesAsync(cancellationToken);
        return listing;
    }
}
