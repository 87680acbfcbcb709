namespace Timebank.Domain.Courses;

/// <summary>
/// What an accreditation says someone is trained for. A code rather than an enum, so an organisation can add a kind
/// (a new course's accreditation) without a change to the platform; the field's three are named here.
/// </summary>
public sealed record AccreditationKind
{
    public const int MaxLength = 40;

    public static readonly AccreditationKind PeerBroker = new("PEER_BROKER");
    public static readonly AccreditationKind SupportPlanningChampion = new("SUPPORT_PLANNING_CHAMPION");
    public static readonly AccreditationKind Enabler = new("ENABLER");

    public string Code { get; }

    private AccreditationKind(string code) => Code = code;

    /// <summary>Accepts "PEER_BROKER", "peer broker" or "peer-broker": letters, digits and underscores, starting with a letter.</summary>
    public static AccreditationKind Parse(string? input, string field = "accreditation")
    {
        var code = (input ?? string.Empty).Trim().Replace(' ', '_').Replace('-', '_').ToUpperInvariant();
        var valid = code.Length is >= 2 and <= MaxLength
                    && code[0] is >= 'A' and <= 'Z'
                    && code.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_');
        return valid
            ? new AccreditationKind(code)
            : throw new DomainException(new ValidationFailed(field, $"must be 2 to {MaxLength} letters, digits or underscores, starting with a letter"));
    }

    public static AccreditationKind FromStored(string code) => new(code);

    /// <summary>How the kind reads in a sentence: "peer broker".</summary>
    public string Name => Code.Replace('_', ' ').ToLowerInvariant();

    public override string ToString() => Code;
}
