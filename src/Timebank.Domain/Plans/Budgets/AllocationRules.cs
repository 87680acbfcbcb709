using NodaTime;
using Timebank.Domain.Common;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Plans.Budgets;

/// <summary>
/// How an organisation turns a self-assessment into an indicative weekly budget: the questions, the points each answer
/// scores, and the bands that turn a total into pounds and hours. Published rules never change: publishing again makes
/// the next version, so every budget worked out can still show the rules it was worked out with.
/// </summary>
public sealed class AllocationRules
{
    public const int MaxQuestions = 40;
    public const int MaxBands = 40;
    public const int NameMaxLength = 120;

    public Id<AllocationRules> Id { get; private set; }
    public Id<Organisation> OrganisationId { get; private set; }
    public int Version { get; private set; }
    public string Name { get; private set; } = string.Empty;
    public IReadOnlyList<AllocationQuestion> Questions { get; private set; } = [];
    public IReadOnlyList<BudgetBand> Bands { get; private set; } = [];
    public Id<Member> PublishedBy { get; private set; }
    public Instant PublishedAt { get; private set; }

    private AllocationRules()
    {
    }

    public int MaxPoints => Questions.Sum(q => q.MaxPoints);

    /// <summary>The next version of an organisation's rules (1 when it has none), checked whole before it exists.</summary>
    public static AllocationRules Publish(Id<Organisation> organisation, AllocationRules? current, string? name,
        IReadOnlyList<AllocationQuestion> questions, IReadOnlyList<BudgetBand> bands, Id<Member> by, Instant now)
    {
        if (questions.Count is 0 or > MaxQuestions)
            throw new DomainException(new ValidationFailed("questions", $"must hold from 1 to {MaxQuestions} questions"));
        if (questions.GroupBy(q => q.Key).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new DomainException(new ValidationFailed("questions", $"the question key \"{twice.Key}\" is used twice"));
        if (bands.Count is 0 or > MaxBands)
            throw new DomainException(new ValidationFailed("bands", $"must hold from 1 to {MaxBands} bands"));
        var rules = new AllocationRules
        {
            Id = Id<AllocationRules>.New(),
            OrganisationId = organisation,
            Version = (current?.Version ?? 0) + 1,
            Name = Text.Required(name, "name", NameMaxLength),
            Questions = questions,
            Bands = [.. bands.OrderBy(b => b.FromPoints)],
            PublishedBy = by,
            PublishedAt = now,
        };
        rules.RequireBandsCoverEveryTotal();
        return rules;
    }

    public AllocationQuestion? Question(string key) => Questions.FirstOrDefault(q => q.Key == key);

    public BudgetBand BandFor(int points) => Bands.First(b => b.Holds(points));

    /// <summary>Every total a person can score falls in exactly one band, so no answer leaves a budget unworked.</summary>
    private void RequireBandsCoverEveryTotal()
    {
        var next = 0;
        foreach (var band in Bands)
        {
            if (band.FromPoints > next)
                throw new DomainException(new BandsDoNotCover($"no band holds {next} to {band.FromPoints - 1} points"));
            if (band.FromPoints < next)
                throw new DomainException(new BandsDoNotCover($"{band.FromPoints} points fall in two bands"));
            next = band.ToPoints + 1;
        }
        if (next <= MaxPoints)
            throw new DomainException(new BandsDoNotCover($"no band holds {next} to {MaxPoints} points, which the answers can score"));
    }
}
