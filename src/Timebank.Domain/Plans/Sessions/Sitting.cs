using NodaTime;
using Timebank.Domain.Common;
using Timebank.Domain.Members;

namespace Timebank.Domain.Plans.Sessions;

/// <summary>One afternoon or day of a Planning Live session: when it starts and ends.</summary>
public sealed record Sitting(Guid Id, Instant Start, Instant End)
{
    public const int MinMinutes = 30;
    public const int MaxMinutes = 12 * 60;

    /// <summary>A sitting as asked for, checked where it is made; the session checks the sittings against each other.</summary>
    public static Sitting Plan(Instant start, Instant end, string field)
    {
        var minutes = (end - start).TotalMinutes;
        if (minutes < MinMinutes || minutes > MaxMinutes)
            throw new DomainException(new ValidationFailed($"{field}.end", $"a sitting runs from {MinMinutes} minutes to {MaxMinutes / 60} hours after it starts"));
        return new Sitting(Guid.CreateVersion7(), start, end);
    }
}

/// <summary>Someone planning in the session, and who invited them (themselves, when they joined).</summary>
public sealed record SessionAttendee(Id<Member> Person, Id<Member> InvitedBy, Instant At);

/// <summary>
/// Someone a person brings to plan with them: a member of the platform, or just a name, and how they are related
/// ("sister", "friend"). Allies do not take one of the session's places.
/// </summary>
public sealed record SessionAlly(Guid Id, Id<Member> Of, Id<Member>? Member, string? Name, string Relationship, Id<Member> InvitedBy, Instant At);

/// <summary>Whether a person planning was there for one sitting, as last recorded.</summary>
public sealed record SittingAttendance(Guid SittingId, Id<Member> Person, bool Present, Id<Member> RecordedBy, Instant At);
