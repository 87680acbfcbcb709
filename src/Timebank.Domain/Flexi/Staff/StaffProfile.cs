using NodaTime;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Flexi.Staff;

/// <summary>
/// What a member of staff chooses to share so customers can pick a worker: their background, skills, interests,
/// languages and a photo reference. Written by the staff member themselves, one per provider.
/// </summary>
public sealed class StaffProfile
{
    public const int BackgroundMaxLength = 2000;
    public const int TagMaxLength = 60;
    public const int MaxTags = 30;
    public const int PhotoReferenceMaxLength = 500;

    private List<string> _skills = [];
    private List<string> _interests = [];
    private List<string> _languages = [];

    public Id<StaffProfile> Id { get; private set; }
    public Id<Organisation> ProviderId { get; private set; }
    public Id<Member> MemberId { get; private set; }
    public string? Background { get; private set; }
    public IReadOnlyList<string> Skills => _skills;
    public IReadOnlyList<string> Interests => _interests;
    public IReadOnlyList<string> Languages => _languages;
    public string? PhotoReference { get; private set; }
    public Instant UpdatedAt { get; private set; }

    private StaffProfile(Id<StaffProfile> id, Id<Organisation> providerId, Id<Member> memberId)
        => (Id, ProviderId, MemberId) = (id, providerId, memberId);

    public static StaffProfile Create(Membership staff, StaffProfileDetails details, Instant now)
    {
        if (!FlexiRoles.IsStaff(staff, staff.OrganisationId))
            throw new DomainException(new NotAllowed("Only members of staff keep a staff profile."));
        var profile = new StaffProfile(Id<StaffProfile>.New(), staff.OrganisationId, staff.MemberId);
        profile.Update(staff, details, now);
        return profile;
    }

    /// <summary>Only the staff member writes their own profile: it is what they choose to share.</summary>
    public void Update(Membership staff, StaffProfileDetails details, Instant now)
    {
        if (staff.MemberId != MemberId || !FlexiRoles.IsStaff(staff, ProviderId))
            throw new DomainException(new NotAllowed("Only the member of staff can change their own profile."));
        Background = Text.Optional(details.Background, "background", BackgroundMaxLength);
        _skills = Tags(details.Skills, "skills");
        _interests = Tags(details.Interests, "interests");
        _languages = Tags(details.Languages, "languages");
        PhotoReference = Text.Optional(details.PhotoReference, "photoReference", PhotoReferenceMaxLength);
        UpdatedAt = now;
    }

    /// <summary>Trimmed, blank ones dropped, repeats (in any case) kept once, in the order given.</summary>
    private static List<string> Tags(IEnumerable<string?>? tags, string field)
    {
        var kept = new List<string>();
        foreach (var tag in tags ?? [])
        {
            if (Text.Optional(tag, field, TagMaxLength) is { } value && !kept.Contains(value, StringComparer.OrdinalIgnoreCase))
                kept.Add(value);
        }
        return kept.Count <= MaxTags ? kept : throw new DomainException(new ValidationFailed(field, $"must have at most {MaxTags} entries"));
    }

    public bool Speaks(string? language) => Mentions(_languages, language);

    public bool HasSkill(string? skill) => Mentions(_skills, skill);

    public bool IsInterestedIn(string? interest) => Mentions(_interests, interest);

    /// <summary>A blank wish matches everyone; otherwise any tag containing it, whatever the case.</summary>
    private static bool Mentions(List<string> tags, string? wanted)
        => string.IsNullOrWhiteSpace(wanted) || tags.Exists(t => t.Contains(wanted.Trim(), StringComparison.OrdinalIgnoreCase));
}

public sealed record StaffProfileDetails(string? Background, IEnumerable<string?>? Skills, IEnumerable<string?>? Interests,
    IEnumerable<string?>? Languages, string? PhotoReference);
