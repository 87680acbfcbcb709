using NodaTime;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Brokerage;

public enum NewsTopic
{
    /// <summary>How personal budgets are worked out and administered locally.</summary>
    BudgetAdministration = 1,

    PolicyChange = 2,
    General = 3,
}

/// <summary>
/// A short update a coordinator (of a timebank or a user-led group) posts for the organisation's members: how budgets
/// are run locally, policy changes. Members read them newest first; a post is withdrawn, never edited after the fact.
/// </summary>
public sealed class LocalNewsPost
{
    public const int TitleMaxLength = 120;
    public const int BodyMaxLength = 4_000;

    /// <summary>Newest first, then by id so posts made in the same instant keep one order.</summary>
    public static readonly IComparer<LocalNewsPost> NewestFirst = Comparer<LocalNewsPost>.Create((a, b) =>
        b.PublishedAt.CompareTo(a.PublishedAt) is var byTime and not 0 ? byTime : b.Id.CompareTo(a.Id));

    public Id<LocalNewsPost> Id { get; private set; }
    public Id<Organisation> OrganisationId { get; private set; }
    public Id<Member> AuthorId { get; private set; }
    public string Title { get; private set; }
    public string Body { get; private set; }
    public NewsTopic Topic { get; private set; }
    public Instant PublishedAt { get; private set; }
    public Instant? WithdrawnAt { get; private set; }

    private LocalNewsPost(Id<Organisation> organisationId, Id<Member> authorId, string title, string body, NewsTopic topic, Instant publishedAt)
        => (Id, OrganisationId, AuthorId, Title, Body, Topic, PublishedAt) = (Id<LocalNewsPost>.New(), organisationId, authorId, title, body, topic, publishedAt);

    public static LocalNewsPost Publish(Membership author, string? title, string? body, NewsTopic topic, Instant now)
    {
        if (!author.CanAdminister)
            throw new DomainException(new NotAllowed("Only a coordinator or manager can post news for the organisation."));
        if (!Enum.IsDefined(topic))
            throw new DomainException(new ValidationFailed("topic", "must be budget administration, policy change or general"));
        return new LocalNewsPost(author.OrganisationId, author.MemberId, Text.Required(title, "title", TitleMaxLength), Text.Required(body, "body", BodyMaxLength), topic, now);
    }

    /// <summary>The author or another coordinator of the organisation takes a post down.</summary>
    public void Withdraw(Membership actor, Instant now)
    {
        if (actor.OrganisationId != OrganisationId || !(actor.MemberId == AuthorId || actor.CanAdminister))
            throw new DomainException(new NotAllowed("Only the author or a coordinator of the organisation can withdraw this post."));
        if (WithdrawnAt is not null)
            throw new DomainException(new ValidationFailed("postId", "is already withdrawn"));
        WithdrawnAt = now;
    }

    /// <summary>Active members of the organisation read its news; withdrawn posts are gone for them.</summary>
    public bool MayBeReadBy(Membership? reader) => WithdrawnAt is null && reader is { IsActive: true } && reader.OrganisationId == OrganisationId;
}
