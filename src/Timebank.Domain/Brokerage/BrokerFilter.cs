using NodaTime;
using Timebank.Domain.Directory;

namespace Timebank.Domain.Brokerage;

/// <summary>
/// The filter of <c>brokers(filter)</c>: every criterion given must hold (AND). Skill and accreditation match
/// case-insensitively on part of the text; language by its primary code; area by district; format as offered;
/// available means taking requests now; a check date asks for a safeguarding check in date on that day.
/// </summary>
public sealed record BrokerFilter
{
    public string? Skill { get; init; }
    public LanguageCode? Language { get; init; }
    public PostcodeDistrict? Area { get; init; }
    public AccessibleFormats Format { get; init; }
    public string? Accreditation { get; init; }
    public bool? Available { get; init; }
    public LocalDate? CheckInDateOn { get; init; }

    public bool Matches(BrokerProfile broker, IEnumerable<string> accreditationNames)
        => (Skill is not { } skill || broker.Skills.Any(s => s.Contains(skill.Trim(), StringComparison.OrdinalIgnoreCase)))
           && (Language is not { } language || broker.Speaks(language))
           && (Area is not { } area || broker.Serves(area))
           && broker.Formats.Offers(Format)
           && (Accreditation is not { } accreditation || accreditationNames.Any(a => a.Contains(accreditation.Trim(), StringComparison.OrdinalIgnoreCase)))
           && (Available is not { } available || broker.TakesRequests == available)
           && (CheckInDateOn is not { } day || broker.CheckInDateOn(day));

    /// <summary>Relevance for ordering by relevance: the same scale as for requests, with the searched skill as what is wanted.</summary>
    public int Relevance(BrokerProfile broker, int accreditations, LocalDate today) => BrokerRelevance.Score(broker, accreditations, Skill, today);
}
