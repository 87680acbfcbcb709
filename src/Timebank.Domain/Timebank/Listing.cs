using NodaTime;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Timebank;

public enum ListingKind
{
    Offer = 1,
    Request = 2,
}

public enum ListingStatus
{
    Open = 1,
    Withdrawn = 2,
}

/// <summary>Help a member offers, or asks for, in their timebank.</summary>
public sealed class Listing
{
    public const int TitleMaxLength = 120;
    public const int DetailsMaxLength = 2000;
    public const int AreaMaxLength = 80;

    public Id<Listing> Id { get; private set; }
    public Id<Organisation> OrganisationId { get; private set; }
    public Id<Member> MemberId { get; private set; }
    public ListingKind Kind { get; private set; }
    public string Title { get; private set; }
    public string? Details { get; private set; }
    public Id<Category>? CategoryId { get; private set; }
    public string? Area { get; private set; }
    public ListingStatus Status { get; private set; }
    public Instant PostedAt { get; private set; }
    public Instant? WithdrawnAt { get; private set; }

    /// <summary>Title, details and area in lower case, so text search is the same on every store.</summary>
    public string SearchText { get; private set; }

    private Listing(Id<Organisation> organisationId, Id<Member> memberId, ListingKind kind, string title, Instant postedAt)
    {
        Id = Id<Listing>.New();
        OrganisationId = organisationId;
        MemberId = memberId;
        Kind = kind;
        Title = title;
        PostedAt = postedAt;
        Status = ListingStatus.Open;
        SearchText = string.Empty;
    }

    public static Listing Post(Id<Organisation> organisation, Id<Member> member, ListingKind kind, string? title, string? details, Id<Category>? category, string? area, Instant now)
    {
        var listing = new Listing(organisation, member, kind, Text.Required(title, "title", TitleMaxLength), now)
        {
            Details = Text.Optional(details, "details", DetailsMaxLength),
            CategoryId = category,
            Area = Text.Optional(area, "area", AreaMaxLength),
        };
        listing.SearchText = string.Join(' ', new[] { listing.Title, listing.Details, listing.Area }.Where(s => s is not null)).ToLowerInvariant();
        return listing;
    }

    /// <summary>Only the member who posted it takes it down (or a coordinator, checked by the caller).</summary>
    public void Withdraw(Id<Member> actor, bool actorCoordinates, Instant now)
    {
        if (actor != MemberId && !actorCoordinates)
            throw new DomainException(new NotAllowed("Only the member who posted this, or a coordinator, can withdraw it."));
        if (Status == ListingStatus.Withdrawn)
            throw new DomainException(new ValidationFailed("listingId", "is already withdrawn"));
        Status = ListingStatus.Withdrawn;
        WithdrawnAt = now;
    }
}
