using NodaTime;
using Timebank.Domain.Common;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Plans.Voice;

/// <summary>
/// A champion or peer-mentor role a service names (house meetings, welcoming new clients, a move-on workshop) and
/// gives to its clients in turn. The role points at its latest holding; assigning and handing over both move that
/// pointer under the role's concurrency token, so two racing writers cannot both start a holding.
/// </summary>
public sealed class ChampionRole
{
    public const int NameMaxLength = 100;
    public const int PurposeMaxLength = 1_000;

    public Id<ChampionRole> Id { get; private set; }
    public Id<Organisation> OrganisationId { get; private set; }
    public string Name { get; private set; } = string.Empty;
    public string? Purpose { get; private set; }
    public Id<Member> DefinedBy { get; private set; }
    public Instant DefinedAt { get; private set; }
    public Id<ChampionHolding>? LatestHoldingId { get; private set; }

    private ChampionRole()
    {
    }

    public static ChampionRole Define(Id<Organisation> organisation, string? name, string? purpose, Id<Member> by, Instant now)
        => new()
        {
            Id = Id<ChampionRole>.New(),
            OrganisationId = organisation,
            Name = Text.Required(name, "name", NameMaxLength),
            Purpose = Text.Optional(purpose, "purpose", PurposeMaxLength),
            DefinedBy = by,
            DefinedAt = now,
        };

    /// <summary>The holding in force on <paramref name="today"/>, if the latest one has not ended.</summary>
    public ChampionHolding? Current(ChampionHolding? latest, LocalDate today)
    {
        if (latest is null || latest.Id != LatestHoldingId)
            return null;
        return latest.EndsOn is { } end && end < today ? null : latest;
    }

    /// <summary>Gives the role to a client while nobody holds it; when someone does, it is handed over instead.</summary>
    public ChampionHolding Assign(ChampionHolding? latest, Id<Member> client, LocalDate startsOn, LocalDate? endsOn, Id<Member> by, LocalDate today)
    {
        if (Current(latest, today) is not null)
            throw new DomainException(new RoleAlreadyHeld(Name));
        return Start(client, startsOn, endsOn, by);
    }

    /// <summary>Ends the current holding on <paramref name="on"/> with the note for the next holder, and starts theirs that day.</summary>
    public ChampionHolding HandOver(ChampionHolding? latest, Id<Member> next, LocalDate on, LocalDate? endsOn, string? note, Id<Member> by, LocalDate today)
    {
        if (Current(latest, today) is not { } current)
            throw new DomainException(new RoleNotHeld(Name));
        if (next == current.HolderId)
            throw new DomainException(new ValidationFailed("toMemberId", "hand the role over to someone other than its holder"));
        current.End(on, Text.Required(note, "note", ChampionHolding.NoteMaxLength), next);
        return Start(next, on, endsOn, by);
    }

    private ChampionHolding Start(Id<Member> client, LocalDate startsOn, LocalDate? endsOn, Id<Member> by)
    {
        var holding = ChampionHolding.Begin(Id, client, startsOn, endsOn, by);
        LatestHoldingId = holding.Id;
        return holding;
    }
}
