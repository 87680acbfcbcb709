using NodaTime;
using Timebank.Domain.Directory;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Brokerage;

/// <summary>Who is looking at a profile: a signed-in member and whether they are an active member of the broker's timebank.</summary>
public sealed record ProfileViewer(Id<Member>? MemberId, bool IsMemberOfTheTimebank)
{
    public static readonly ProfileViewer Anonymous = new(null, false);
}

/// <summary>
/// A peer broker's profile in one timebank: what they can help arrange, in which languages, areas and formats, and
/// whether they take requests. Lived experience is kept only when the broker writes it and is shown only to signed-in
/// members of the same timebank. Coordinators record the safeguarding check; only the broker edits the rest.
/// </summary>
public sealed class BrokerProfile
{
    public const int BioMaxLength = 2_000;
    public const int SkillMaxLength = 60;
    public const int MaxSkills = 30;
    public const int MaxLanguages = 20;
    public const int MaxAreas = 50;
    public const int AvailabilityMaxLength = 500;
    public const int LivedExperienceMaxLength = 2_000;

    private List<string> _skills = [];
    private List<LanguageCode> _languages = [];
    private List<PostcodeDistrict> _areasServed = [];

    public Id<BrokerProfile> Id { get; private set; }
    public Id<Organisation> OrganisationId { get; private set; }
    public Id<Member> MemberId { get; private set; }
    public string? Bio { get; private set; }
    public IReadOnlyList<string> Skills => _skills;
    public IReadOnlyList<LanguageCode> Languages => _languages;
    public IReadOnlyList<PostcodeDistrict> AreasServed => _areasServed;
    public AccessibleFormats Formats { get; private set; }
    public string? Availability { get; private set; }
    public bool AcceptingRequests { get; private set; }
    public BrokerOpenness Openness { get; private set; }
    public string? LivedExperience { get; private set; }
    public SafeguardingCheck? SafeguardingCheck { get; private set; }
    public Instant CreatedAt { get; private set; }
    public Instant UpdatedAt { get; private set; }

    private BrokerProfile(Id<Organisation> organisationId, Id<Member> memberId, Instant createdAt)
        => (Id, OrganisationId, MemberId, CreatedAt, UpdatedAt) = (Id<BrokerProfile>.New(), organisationId, memberId, createdAt, createdAt);

    /// <summary>A member with the broker role in a timebank writes their profile for the first time.</summary>
    public static BrokerProfile Create(Membership broker, BrokerProfileDraft draft, Instant now)
    {
        if (!broker.Has(Roles.Broker))
            throw new DomainException(new NotABroker());
        var profile = new BrokerProfile(broker.OrganisationId, broker.MemberId, now);
        profile.Apply(draft, now);
        return profile;
    }

    /// <summary>The broker changes their own profile; nobody else can (the API's upsert calls this when one exists).</summary>
    public void Update(Id<Member> actor, BrokerProfileDraft draft, Instant now)
    {
        if (actor != MemberId)
            throw new DomainException(new NotAllowed("Only the broker can change their profile."));
        Apply(draft, now);
    }

    /// <summary>A coordinator of the broker's timebank records a check they have seen; it replaces any earlier one.</summary>
    public void RecordSafeguardingCheck(Membership coordinator, LocalDate checkedOn, LocalDate expiresOn, LocalDate today, Instant now)
    {
        RequireCoordinatorOf(coordinator, OrganisationId, "record a safeguarding check");
        if (coordinator.MemberId == MemberId)
            throw new DomainException(new NotAllowed("Another coordinator must record your own safeguarding check."));
        SafeguardingCheck = SafeguardingCheck.Record(checkedOn, expiresOn, coordinator.MemberId, today, now);
        UpdatedAt = now;
    }

    public bool CheckInDateOn(LocalDate day) => SafeguardingCheck?.IsInDateOn(day) == true;

    /// <summary>Offered to people who ask: open to requests and not taking a break.</summary>
    public bool TakesRequests => Openness == BrokerOpenness.OpenToRequests && AcceptingRequests;

    public bool Serves(PostcodeDistrict area) => _areasServed.Contains(area);

    public bool Speaks(LanguageCode language) => _languages.Exists(l => l.SameLanguageAs(language));

    public bool MayBeReadBy(ProfileViewer viewer) => viewer.MemberId == MemberId || (viewer.MemberId is not null && viewer.IsMemberOfTheTimebank);

    /// <summary>The lived experience the broker shared, for signed-in members of the same timebank only.</summary>
    public string? LivedExperienceFor(ProfileViewer viewer) => MayBeReadBy(viewer) ? LivedExperience : null;

    internal static void RequireCoordinatorOf(Membership membership, Id<Organisation> organisation, string what)
    {
        if (membership.OrganisationId != organisation || !membership.Has(Roles.Coordinator))
            throw new DomainException(new NotAllowed($"Only a coordinator of the broker's timebank can {what}."));
    }

    private void Apply(BrokerProfileDraft draft, Instant now)
    {
        Bio = Text.Optional(draft.Bio, "bio", BioMaxLength);
        _skills = Distinct(draft.Skills, "skills", MaxSkills, (s, f) => Text.Required(s, f, SkillMaxLength), StringComparer.OrdinalIgnoreCase);
        _languages = Distinct(draft.Languages, "languages", MaxLanguages, (s, f) => LanguageCode.Parse(s, f), EqualityComparer<LanguageCode>.Default);
        _areasServed = Distinct(draft.AreasServed, "areasServed", MaxAreas, (s, f) => PostcodeDistrict.Parse(s, f), EqualityComparer<PostcodeDistrict>.Default);
        Formats = draft.Formats.Checked("formats");
        Availability = Text.Optional(draft.Availability, "availability", AvailabilityMaxLength);
        AcceptingRequests = draft.AcceptingRequests;
        Openness = Enum.IsDefined(draft.Openness) ? draft.Openness : throw new DomainException(new ValidationFailed("openness", "must be open to requests or informal only"));
        LivedExperience = Text.Optional(draft.LivedExperience, "livedExperience", LivedExperienceMaxLength);
        UpdatedAt = now;
    }

    private static List<T> Distinct<T>(IReadOnlyList<string>? items, string field, int max, Func<string, string, T> parse, IEqualityComparer<T> comparer)
    {
        if (items is null)
            return [];
        if (items.Count > max)
            throw new DomainException(new ValidationFailed(field, $"at most {max} are allowed"));
        var parsed = new List<T>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = parse(items[i], $"{field}[{i}]");
            if (!parsed.Contains(item, comparer))
                parsed.Add(item);
        }
        return parsed;
    }
}
