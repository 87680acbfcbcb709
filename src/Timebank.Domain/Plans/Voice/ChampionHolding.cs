using NodaTime;
using Timebank.Domain.Common;
using Timebank.Domain.Members;

namespace Timebank.Domain.Plans.Voice;

/// <summary>One client's time in a champion role: from when, until when, and the note they handed over with.</summary>
public sealed class ChampionHolding
{
    public const int NoteMaxLength = 2_000;

    public Id<ChampionHolding> Id { get; private set; }
    public Id<ChampionRole> RoleId { get; private set; }
    public Id<Member> HolderId { get; private set; }
    public LocalDate StartsOn { get; private set; }
    public LocalDate? EndsOn { get; private set; }
    public Id<Member> AssignedBy { get; private set; }
    public string? HandoverNote { get; private set; }
    public Id<Member>? HandedOverTo { get; private set; }

    private ChampionHolding()
    {
    }

    internal static ChampionHolding Begin(Id<ChampionRole> role, Id<Member> holder, LocalDate startsOn, LocalDate? endsOn, Id<Member> by)
    {
        if (endsOn is { } end && end < startsOn)
            throw new DomainException(new ValidationFailed("endsOn", "must not be before the role starts"));
        return new ChampionHolding { Id = Id<ChampionHolding>.New(), RoleId = role, HolderId = holder, StartsOn = startsOn, EndsOn = endsOn, AssignedBy = by };
    }

    internal void End(LocalDate on, string note, Id<Member> next)
    {
        if (on < StartsOn)
            throw new DomainException(new ValidationFailed("on", "the handover cannot be before the current holder started"));
        EndsOn = on;
        HandoverNote = note;
        HandedOverTo = next;
    }
}
