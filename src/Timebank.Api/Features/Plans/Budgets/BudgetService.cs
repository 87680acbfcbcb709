using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Budgets;

namespace Timebank.Api.Features.Plans.Budgets;

/// <summary>A person's indicative budget as they see it: the working, and their latest challenge whatever its status.</summary>
public sealed record PersonBudget(BudgetWorking Working, BudgetChallenge? Challenge);

/// <summary>Allocation rules, self-assessments and challenges: who may do each is in <see cref="PlanAccess"/>.</summary>
public sealed class BudgetService(IDbContextFactory<TimebankDbContext> databases, PlanAccess access)
{
    public async Task<AllocationRules> PublishAsync(PublishAllocationRulesInput input, CancellationToken cancellationToken)
    {
        var organisation = GlobalId.Parse<Organisation>(input.OrganisationId, "Organisation", "organisationId");
        await access.RequireDeciderAsync(organisation, "publish allocation rules");
        var me = await access.MeAsync();
        var questions = input.Questions.Select((q, i) => AllocationQuestion.Create(q.Key, q.Text,
            [.. q.Answers.Select(a => ((string?)a.Key, (string?)a.Text, a.Points))], $"questions[{i}]")).ToList();
        var bands = input.Bands.Select((b, i) => BudgetBand.Create(b.FromPoints, b.ToPoints, b.WeeklyPence, b.WeeklyMinutes, $"bands[{i}]")).ToList();
        // Versions are unique per organisation: a publisher who races another takes the next number.
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var current = await Latest(db, organisation).FirstOrDefaultAsync(cancellationToken);
            var rules = AllocationRules.Publish(organisation, current, input.Name, questions, bands, me, access.Now);
            db.Add(rules);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return rules;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
            }
        }
    }

    public async Task<PersonBudget> SubmitAsync(SubmitSelfAssessmentInput input, CancellationToken cancellationToken)
    {
        var organisation = GlobalId.Parse<Organisation>(input.OrganisationId, "Organisation", "organisationId");
        var me = await access.MeAsync();
        var person = input.PersonId is null ? me : GlobalId.Parse<Member>(input.PersonId, MemberType.TypeName, "personId");
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (!await access.MaySeePersonAsync(organisation, person) || !await IsServedAsync(db, organisation, person, cancellationToken))
            throw new DomainException(new NotFound("person in this organisation", input.PersonId));
        var rules = await Latest(db, organisation).AsNoTracking().FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainException(new NotFound("published allocation rules"));
        var assessment = SelfAssessment.Submit(rules, person, [.. input.Answers.Select(a => new GivenAnswer(a.Question.Trim(), a.Answer.Trim()))], me, access.Now);
        db.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
        return new PersonBudget(new BudgetWorking(rules, assessment, null), null);
    }

    public async Task<BudgetChallenge> ChallengeAsync(ChallengeBudgetInput input, CancellationToken cancellationToken)
    {
        var id = GlobalId.Parse<SelfAssessment>(input.AssessmentId, BudgetTypeNames.Assessment, "assessmentId");
        var me = await access.MeAsync();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var assessment = await db.Set<SelfAssessment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assessment is null || !await access.MaySeePersonAsync(assessment.OrganisationId, assessment.PersonId))
            throw new DomainException(new NotFound("self-assessment", input.AssessmentId));
        var open = await db.Set<BudgetChallenge>().AnyAsync(c => c.AssessmentId == id && c.Status == ChallengeStatus.Open, cancellationToken);
        var challenge = BudgetChallenge.Raise(assessment, open, input.Reason, input.SupportedBy, me, await access.TodayAsync(assessment.OrganisationId, cancellationToken));
        db.Add(challenge);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index on open challenges: another was raised at the same moment.
            throw new DomainException(new ChallengeAlreadyOpen());
        }
        return challenge;
    }

    public async Task<BudgetChallenge> DecideAsync(DecideBudgetChallengeInput input, CancellationToken cancellationToken)
    {
        var id = GlobalId.Parse<BudgetChallenge>(input.ChallengeId, BudgetTypeNames.Challenge, "challengeId");
        var me = await access.MeAsync();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Set<BudgetChallenge>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (challenge is null || !await access.MaySeePersonAsync(challenge.OrganisationId, challenge.PersonId))
            throw new DomainException(new NotFound("budget challenge", input.ChallengeId));
        await access.RequireDeciderAsync(challenge.OrganisationId, "decide a budget challenge");
        var assessment = await db.Set<SelfAssessment>().AsNoTracking().SingleAsync(a => a.Id == challenge.AssessmentId, cancellationToken);
        var today = await access.TodayAsync(challenge.OrganisationId, cancellationToken);
        if (input.Upheld)
        {
            var pence = input.WeeklyPence ?? throw new DomainException(new ValidationFailed("weeklyPence", "an upheld challenge gives the new weekly amount"));
            var minutes = input.WeeklyMinutes ?? assessment.WeeklyMinutes;
            challenge.Uphold(me, input.Note, pence, minutes, assessment, today);
        }
        else
        {
            challenge.Decline(me, input.Note, today);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(new ChallengeAlreadyDecided());
        }
        return challenge;
    }

    /// <summary>The person's latest assessment with its working, for them and the organisation's staff; null for anyone else.</summary>
    public async Task<PersonBudget?> OfPersonAsync(Id<Organisation> organisation, Id<Member> person, CancellationToken cancellationToken)
    {
        if (!await access.MaySeePersonAsync(organisation, person))
            return null;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var assessment = await db.Set<SelfAssessment>().AsNoTracking().Where(a => a.OrganisationId == organisation && a.PersonId == person)
            .OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        if (assessment is null)
            return null;
        var rules = await db.Set<AllocationRules>().AsNoTracking().SingleAsync(r => r.Id == assessment.RulesId, cancellationToken);
        var challenges = await db.Set<BudgetChallenge>().AsNoTracking().Where(c => c.AssessmentId == assessment.Id)
            .OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
        var upheld = challenges.FirstOrDefault(c => c.Status == ChallengeStatus.Upheld);
        return new PersonBudget(new BudgetWorking(rules, assessment, upheld), challenges.FirstOrDefault());
    }

    public async Task<AllocationRules?> RulesAsync(Id<Organisation> organisation, int? version, CancellationToken cancellationToken)
    {
        if (!await access.IsMemberAsync(organisation))
            return null;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rules = Latest(db, organisation).AsNoTracking();
        return await (version is { } v ? rules.Where(r => r.Version == v) : rules).FirstOrDefaultAsync(cancellationToken);
    }

    private static IQueryable<AllocationRules> Latest(TimebankDbContext db, Id<Organisation> organisation)
        => db.Set<AllocationRules>().Where(r => r.OrganisationId == organisation).OrderByDescending(r => r.Version);

    private static Task<bool> IsServedAsync(TimebankDbContext db, Id<Organisation> organisation, Id<Member> person, CancellationToken cancellationToken)
        => db.Set<Membership>().AnyAsync(m => m.OrganisationId == organisation && m.MemberId == person && m.Status == MembershipStatus.Active, cancellationToken);
}
