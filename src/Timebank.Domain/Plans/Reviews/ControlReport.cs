using NodaTime;
using Timebank.Domain.Common;
using Timebank.Domain.Members;

namespace Timebank.Domain.Plans.Reviews;

/// <summary>What a report reads from one review: whose, when, the rating and who decides. Never the notes.</summary>
public sealed record ReviewPoint(Id<Member> Person, LocalDate HeldOn, Instant RecordedAt, ControlRating Rating, DecisionMaker Decides);

/// <summary>A count out of a total, with the whole percentage it rounds to (25 of 100 → 25).</summary>
public sealed record Share(int Count, int Of)
{
    public int Percent => Of == 0 ? 0 : (int)Math.Round(100m * Count / Of, MidpointRounding.AwayFromZero);
}

/// <summary>A sum of ratings over how many, with the average to two places.</summary>
public sealed record Average(int Total, int Of)
{
    public decimal? Value => Of == 0 ? null : Math.Round((decimal)Total / Of, 2, MidpointRounding.AwayFromZero);
}

/// <summary>One person's first and latest review in the range.</summary>
public sealed record PersonControl(Id<Member> Person, int Reviews, ControlRating FirstRating, ControlRating LatestRating, DecisionMaker FirstDecides, DecisionMaker LatestDecides);

/// <summary>
/// How control changed over a range, aggregated for a service's managers and commissioners: per person the first
/// and latest rating in the range, the average first against latest, and the share who say they make their own
/// decisions at first against at latest (the field's "25% to 70%").
/// </summary>
public sealed record ControlReport(LocalDate From, LocalDate To, IReadOnlyList<PersonControl> People, int Reviews,
    Average FirstRatings, Average LatestRatings, Share ThemselvesFirst, Share ThemselvesLatest)
{
    public const int MaxDays = 5 * 366;

    public static ControlReport Of(LocalDate from, LocalDate to, IEnumerable<ReviewPoint> points)
    {
        if (to < from)
            throw new DomainException(new ValidationFailed("to", "must not be before from"));
        if (Period.DaysBetween(from, to) > MaxDays)
            throw new DomainException(new ValidationFailed("to", $"a report covers at most {MaxDays} days"));
        var people = points.Where(p => p.HeldOn >= from && p.HeldOn <= to)
            .GroupBy(p => p.Person)
            .Select(g =>
            {
                var ordered = g.OrderBy(p => p.HeldOn).ThenBy(p => p.RecordedAt).ToList();
                return new PersonControl(g.Key, ordered.Count, ordered[0].Rating, ordered[^1].Rating, ordered[0].Decides, ordered[^1].Decides);
            })
            .OrderBy(p => p.Person)
            .ToList();
        return new ControlReport(from, to, people, people.Sum(p => p.Reviews),
            new Average(people.Sum(p => p.FirstRating.Value), people.Count),
            new Average(people.Sum(p => p.LatestRating.Value), people.Count),
            new Share(people.Count(p => p.FirstDecides == DecisionMaker.Themselves), people.Count),
            new Share(people.Count(p => p.LatestDecides == DecisionMaker.Themselves), people.Count));
    }
}
