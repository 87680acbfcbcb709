using NodaTime;

namespace Timebank.Domain.Brokerage;

/// <summary>Why a broker is not offered a request; the first rule that fails is the one given.</summary>
public enum MismatchReason
{
    OtherTimebank = 1,
    SamePerson = 2,
    NotTakingRequests = 3,
    AreaNotServed = 4,
    LanguageNotSpoken = 5,
    FormatNotOffered = 6,
    SafeguardingCheckNotInDate = 7,
}

/// <summary>A broker who matches a request, with how relevant they are to it.</summary>
public sealed record RankedBroker(BrokerProfile Profile, int Relevance);

/// <summary>
/// Which brokers a request is offered to, and in what order. A broker matches when they are in the same timebank,
/// are not the person, take requests (open to requests and not on a break), serve the request's postcode district,
/// speak its preferred language and offer its preferred format, if it has them; and, for an adult at risk, have a
/// safeguarding check recorded and in date on the day. Matches are ordered by relevance, then by who has waited
/// longest since their profile changed, then by id, so the order is stable.
/// </summary>
public static class BrokerMatching
{
    public static MismatchReason? Mismatch(BrokerageRequest request, BrokerProfile broker, LocalDate today)
    {
        if (broker.OrganisationId != request.OrganisationId)
            return MismatchReason.OtherTimebank;
        if (request.IsPersonSide(broker.MemberId))
            return MismatchReason.SamePerson;
        if (!broker.TakesRequests)
            return MismatchReason.NotTakingRequests;
        if (!broker.Serves(request.Area))
            return MismatchReason.AreaNotServed;
        if (request.PreferredLanguage is { } language && !broker.Speaks(language))
            return MismatchReason.LanguageNotSpoken;
        if (!broker.Formats.Offers(request.PreferredFormat))
            return MismatchReason.FormatNotOffered;
        if (request.InvolvesAdultAtRisk && !broker.CheckInDateOn(today))
            return MismatchReason.SafeguardingCheckNotInDate;
        return null;
    }

    /// <param name="accreditationsOf">How many accreditations each broker holds.</param>
    public static IReadOnlyList<RankedBroker> Rank(BrokerageRequest request, IEnumerable<BrokerProfile> brokers, Func<BrokerProfile, int> accreditationsOf, LocalDate today)
        => brokers.Where(b => Mismatch(request, b, today) is null)
            .Select(b => new RankedBroker(b, BrokerRelevance.Score(b, accreditationsOf(b), request.WhatToArrange, today)))
            .OrderByDescending(r => r.Relevance)
            .ThenBy(r => r.Profile.UpdatedAt)
            .ThenBy(r => r.Profile.Id)
            .ToList();
}

/// <summary>
/// How relevant a broker is: skills that appear in what the person asked for (or the skill searched for) count
/// most, then accreditations (up to three), then an in-date safeguarding check. Lived experience never counts:
/// sharing it is a choice, not a ranking.
/// </summary>
public static class BrokerRelevance
{
    public const int PerSkill = 3;
    public const int PerAccreditation = 1;
    public const int MaxAccreditationsCounted = 3;
    public const int ForCheckInDate = 1;

    public static int Score(BrokerProfile broker, int accreditations, string? wanted, LocalDate today)
    {
        var text = wanted?.ToLowerInvariant() ?? string.Empty;
        var skills = text.Length == 0 ? 0 : broker.Skills.Count(s => text.Contains(s.ToLowerInvariant(), StringComparison.Ordinal) || s.Contains(text, StringComparison.OrdinalIgnoreCase));
        return (skills * PerSkill)
            + (Math.Min(accreditations, MaxAccreditationsCounted) * PerAccreditation)
            + (broker.CheckInDateOn(today) ? ForCheckInDate : 0);
    }
}
