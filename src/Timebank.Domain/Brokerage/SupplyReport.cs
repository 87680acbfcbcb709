using NodaTime;
using Timebank.Domain.Directory;

namespace Timebank.Domain.Brokerage;

/// <summary>A request still open with no broker who accepted, after the timebank's number of days.</summary>
public sealed record UnansweredRequest(Id<BrokerageRequest> RequestId, PostcodeDistrict Area, LanguageCode? Language, int DaysWaiting, int Invited, int Declined);

/// <summary>An area or language people asked for where fewer than two brokers take requests.</summary>
public sealed record ThinSupply(string Value, int MatchingBrokers, int Requests);

/// <summary>
/// The coordinator's "where supply runs out": open requests nobody has accepted after N days, and the postcode
/// districts and languages people asked for (in the requests given, usually those not closed or withdrawn) where fewer
/// than <see cref="BrokerageSettings.EnoughBrokers"/> brokers who take requests serve the area or speak the language.
/// </summary>
public static class SupplyReport
{
    public static IReadOnlyList<UnansweredRequest> Unanswered(IEnumerable<BrokerageRequest> requests, LocalDate today, int afterDays)
        => requests
            .Where(r => r.State == BrokerageRequestState.Open && !r.Invites.Any(i => i.Status == InviteStatus.Accepted))
            .Select(r => (Request: r, Days: Period.Between(r.RequestedOn, today, PeriodUnits.Days).Days))
            .Where(x => x.Days >= afterDays)
            .OrderByDescending(x => x.Days)
            .ThenBy(x => x.Request.Id)
            .Select(x => new UnansweredRequest(x.Request.Id, x.Request.Area, x.Request.PreferredLanguage, x.Days,
                x.Request.Invites.Count, x.Request.Invites.Count(i => i.Status == InviteStatus.Declined)))
            .ToList();

    public static IReadOnlyList<ThinSupply> ThinAreas(IEnumerable<BrokerageRequest> requests, IReadOnlyCollection<BrokerProfile> brokers)
        => Thin(requests.GroupBy(r => r.Area.Value),
            area => brokers.Count(b => b.TakesRequests && b.Serves(PostcodeDistrict.FromStored(area))));

    public static IReadOnlyList<ThinSupply> ThinLanguages(IEnumerable<BrokerageRequest> requests, IReadOnlyCollection<BrokerProfile> brokers)
        => Thin(requests.Where(r => r.PreferredLanguage is not null).GroupBy(r => r.PreferredLanguage!.Primary),
            language => brokers.Count(b => b.TakesRequests && b.Speaks(LanguageCode.FromStored(language))));

    private static List<ThinSupply> Thin(IEnumerable<IGrouping<string, BrokerageRequest>> demand, Func<string, int> supply)
        => demand
            .Select(g => new ThinSupply(g.Key, supply(g.Key), g.Count()))
            .Where(t => t.MatchingBrokers < BrokerageSettings.EnoughBrokers)
            .OrderBy(t => t.MatchingBrokers)
            .ThenByDescending(t => t.Requests)
            .ThenBy(t => t.Value, StringComparer.Ordinal)
            .ToList();
}
