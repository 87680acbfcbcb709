using NodaTime;
using Timebank.Domain.Members;

namespace Timebank.Domain.Courses;

/// <summary>Something the accredited person did with their training afterwards, e.g. a volunteer placement or a first Planning Live session.</summary>
public sealed class AccreditationPractice
{
    public const int WhatMaxLength = 500;
    public const int MaxMinutes = 24 * 60;

    public Id<AccreditationPractice> Id { get; private set; }
    public Id<Accreditation> AccreditationId { get; private set; }
    public Id<Member> MemberId { get; private set; }
    public LocalDate On { get; private set; }
    public string What { get; private set; }

    /// <summary>How long it took, when that matters; null when not given.</summary>
    public int? Minutes { get; private set; }

    public Id<Member> RecordedBy { get; private set; }
    public Instant RecordedAt { get; private set; }

    private AccreditationPractice(Id<Accreditation> accreditationId, Id<Member> memberId, LocalDate on, string what, Id<Member> recordedBy, Instant recordedAt)
    {
        Id = Id<AccreditationPractice>.New();
        AccreditationId = accreditationId;
        MemberId = memberId;
        On = on;
        What = what;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    internal static AccreditationPractice Record(Accreditation accreditation, LocalDate on, string? what, int? minutes, Id<Member> by, LocalDate today, Instant now)
    {
        var text = Text.Required(what, "what", WhatMaxLength);
        if (on > today)
            throw new DomainException(new ValidationFailed("on", "must not be in the future"));
        if (on < accreditation.AwardedOn)
            throw new DomainException(new ValidationFailed("on", $"must be on or after the accreditation's date, {Wording.Day(accreditation.AwardedOn)}"));
        if (minutes is < 1 or > MaxMinutes)
            throw new DomainException(new ValidationFailed("minutes", $"must be between 1 minute and {Wording.HoursAndMinutes(MaxMinutes)}"));
        return new AccreditationPractice(accreditation.Id, accreditation.MemberId, on, text, by, now) { Minutes = minutes };
    }
}
