using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Brokerage;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Brokerage.Brokers;

public enum BrokerOrder
{
    Relevance = 1,
    Name = 2,
}

/// <summary>One page of brokers, with how relevant each is, and the count of all that matched.</summary>
public sealed record BrokerPage(IReadOnlyList<RankedBroker> Brokers, bool HasMore, Func<Task<int>> TotalCount);

/// <summary>
/// The SQL behind <c>brokers(filter)</c> and a request's matching brokers: <see cref="BrokerFilter"/>'s criteria and
/// <see cref="BrokerRelevance"/>'s score written as one query over broker_terms and accreditations, so 5,000 brokers
/// are filtered, ranked and paged by the database, not loaded. Domain tests hold the rules; API tests hold that the
/// query agrees with them.
/// </summary>
public static class BrokerSearch
{
    public static async Task<BrokerPage> PageAsync(IDbContextFactory<TimebankDbContext> databases, IHeldAccreditations held, Id<Organisation> timebank, BrokerFilter filter,
        IReadOnlyCollection<Id<Member>> excluded, string? wanted, BrokerOrder order, LocalDate today, int offset, int size, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var matching = Filtered(db, held, timebank, filter, excluded);
        var text = wanted?.Trim().ToLowerInvariant() ?? string.Empty;
        var scored = matching.Select(Score(db, held, text, today));
        var ordered = order == BrokerOrder.Name
            ? from s in scored
              join m in db.Members on s.Profile.MemberId equals m.Id
              orderby m.DisplayName, s.Profile.Id
              select s
            : scored.OrderByDescending(s => s.Relevance).ThenBy(s => s.Profile.UpdatedAt).ThenBy(s => s.Profile.Id);
        var rows = size == 0 ? [] : await ordered.AsNoTracking().Skip(offset).Take(size + 1).ToListAsync(cancellationToken);
        var more = rows.Count > size;
        return new BrokerPage(rows.Take(size).Select(r => new RankedBroker(r.Profile, r.Relevance)).ToList(), more, async () =>
        {
            await using var counting = await databases.CreateDbContextAsync(cancellationToken);
            return await Filtered(counting, held, timebank, filter, excluded).CountAsync(cancellationToken);
        });
    }

    public static async Task<int> CountAsync(IDbContextFactory<TimebankDbContext> databases, IHeldAccreditations held, Id<Organisation> timebank, BrokerFilter filter,
        IReadOnlyCollection<Id<Member>> excluded, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await Filtered(db, held, timebank, filter, excluded).CountAsync(cancellationToken);
    }

    private sealed class Scored
    {
        public required BrokerProfile Profile { get; init; }
        public required int Relevance { get; init; }
    }

    private static IQueryable<BrokerProfile> Filtered(TimebankDbContext db, IHeldAccreditations held, Id<Organisation> timebank, BrokerFilter filter, IReadOnlyCollection<Id<Member>> excluded)
    {
        // The most telling term first, as the one the search starts from.
        var terms = new List<Expression<Func<BrokerTerm, bool>>>();
        if (filter.Area?.Value is { } area)
            terms.Add(t => t.Kind == BrokerTermKind.Area && t.Value == area);
        if (filter.Language?.Primary is { } language)
            terms.Add(t => t.Kind == BrokerTermKind.Language && t.Value == language);
        if (filter.Skill?.Trim().ToLowerInvariant() is { Length: > 0 } skill)
            terms.Add(t => t.Kind == BrokerTermKind.Skill && t.Value.Contains(skill));
        var query = terms.Count == 0 ? db.Set<BrokerProfile>().Where(p => p.OrganisationId == timebank) : WithTerm(db, timebank, terms[0]);
        foreach (var term in terms.Skip(1))
        {
            var others = db.Set<BrokerTerm>().Where(term);
            query = query.Where(p => others.Any(t => t.ProfileId == p.Id));
        }
        if (excluded.Count > 0)
            query = query.Where(p => !excluded.Contains(p.MemberId));
        if (filter.Format is var format and not AccessibleFormats.None)
            query = query.Where(p => (p.Formats & format) == format);
        if (filter.Accreditation?.Trim().ToLowerInvariant() is { Length: > 0 } named)
        {
            // Brokerage's own by part of their name; those held elsewhere by part of their code, "peer broker" reading PEER_BROKER.
            var pattern = LikePattern(named);
            var codePattern = LikePattern(named.ToUpperInvariant().Replace(' ', '_').Replace('-', '_'));
            var holders = held.Query(db);
            query = query.Where(p => db.Set<Accreditation>().Any(a => a.BrokerProfileId == p.Id && EF.Functions.Like(a.Name.ToLower(), pattern, "\\"))
                || holders.Any(h => h.MemberId == p.MemberId && EF.Functions.Like(h.Code, codePattern, "\\")));
        }
        if (filter.Available is { } available)
            query = available ? query.Where(TakesRequests) : query.Where(Not(TakesRequests));
        if (filter.CheckInDateOn is { } day)
            query = query.Where(p => p.SafeguardingCheck != null && p.SafeguardingCheck.CheckedOn <= day && p.SafeguardingCheck.ExpiresOn >= day);
        return query;
    }

    /// <summary>
    /// The timebank's profiles with a matching term, found from the terms: with the timebank's condition inside, the
    /// store reads the few matching terms first instead of every profile of a large timebank and its terms per profile.
    /// </summary>
    private static IQueryable<BrokerProfile> WithTerm(TimebankDbContext db, Id<Organisation> timebank, Expression<Func<BrokerTerm, bool>> term)
    {
        var ids = from t in db.Set<BrokerTerm>().Where(term)
                  join owner in db.Set<BrokerProfile>() on t.ProfileId equals owner.Id
                  where owner.OrganisationId == timebank
                  select t.ProfileId;
        return db.Set<BrokerProfile>().Where(p => ids.Contains(p.Id));
    }

    private static string LikePattern(string text)
        => "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    private static readonly Expression<Func<BrokerProfile, bool>> TakesRequests = p => p.Openness == BrokerOpenness.OpenToRequests && p.AcceptingRequests;

    private static Expression<Func<BrokerProfile, bool>> Not(Expression<Func<BrokerProfile, bool>> condition)
        => Expression.Lambda<Func<BrokerProfile, bool>>(Expression.Not(condition.Body), condition.Parameters);

    /// <summary><see cref="BrokerRelevance.Score"/> in SQL: skills in what is wanted, accreditations (brokerage's and those held elsewhere) up to three, a check in date.</summary>
    private static Expression<Func<BrokerProfile, Scored>> Score(TimebankDbContext db, IHeldAccreditations held, string wanted, LocalDate today)
    {
        var terms = db.Set<BrokerTerm>();
        var accreditations = db.Set<Accreditation>();
        var holders = held.Query(db);
        if (wanted.Length == 0)
        {
            return p => new Scored
            {
                Profile = p,
                Relevance = (Math.Min((accreditations.Count(a => a.BrokerProfileId == p.Id) + holders.Count(h => h.MemberId == p.MemberId)), BrokerRelevance.MaxAccreditationsCounted) * BrokerRelevance.PerAccreditation)
                    + (p.SafeguardingCheck != null && p.SafeguardingCheck.CheckedOn <= today && p.SafeguardingCheck.ExpiresOn >= today ? BrokerRelevance.ForCheckInDate : 0),
            };
        }
        return p => new Scored
        {
            Profile = p,
            Relevance = (terms.Count(t => t.ProfileId == p.Id && t.Kind == BrokerTermKind.Skill && (wanted.Contains(t.Value) || t.Value.Contains(wanted))) * BrokerRelevance.PerSkill)
                + (Math.Min((accreditations.Count(a => a.BrokerProfileId == p.Id) + holders.Count(h => h.MemberId == p.MemberId)), BrokerRelevance.MaxAccreditationsCounted) * BrokerRelevance.PerAccreditation)
                + (p.SafeguardingCheck != null && p.SafeguardingCheck.CheckedOn <= today && p.SafeguardingCheck.ExpiresOn >= today ? BrokerRelevance.ForCheckInDate : 0),
        };
    }
}
