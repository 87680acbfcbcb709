using NodaTime;
using Timebank.Domain.Common;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Plans.Budgets;

/// <summary>The answer a person gave to one question (by the question's and the answer's keys).</summary>
public sealed record GivenAnswer(string Question, string Answer);

/// <summary>
/// A person's answers to one version of an organisation's self-assessment, and what they came to. The rules it names
/// never change, so the points and the band's amounts kept here always agree with its working.
/// </summary>
public sealed class SelfAssessment
{
    public Id<SelfAssessment> Id { get; private set; }
    public Id<Organisation> OrganisationId { get; private set; }
    public Id<AllocationRules> RulesId { get; private set; }
    public Id<Member> PersonId { get; private set; }
    public IReadOnlyList<GivenAnswer> Answers { get; private set; } = [];
    public int Points { get; private set; }
    public long WeeklyPence { get; private set; }
    public long WeeklyMinutes { get; private set; }
    public Id<Member> SubmittedBy { get; private set; }
    public Instant SubmittedAt { get; private set; }

    private SelfAssessment()
    {
    }

    /// <summary>Every question answered once, with one of its own answers; anything else is refused naming the question.</summary>
    public static SelfAssessment Submit(AllocationRules rules, Id<Member> person, IReadOnlyList<GivenAnswer> answers, Id<Member> by, Instant now)
    {
        foreach (var answer in answers)
        {
            var question = rules.Question(answer.Question)
                ?? throw new DomainException(new AssessmentIncomplete($"\"{answer.Question}\" is not a question of {rules.Name} (version {rules.Version})."));
            if (question.Answer(answer.Answer) is null)
                throw new DomainException(new AssessmentIncomplete($"\"{answer.Answer}\" is not one of the answers to \"{question.Text}\"."));
        }
        if (answers.GroupBy(a => a.Question).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new DomainException(new AssessmentIncomplete($"\"{rules.Question(twice.Key)!.Text}\" is answered more than once."));
        if (rules.Questions.FirstOrDefault(q => answers.All(a => a.Question != q.Key)) is { } missing)
            throw new DomainException(new AssessmentIncomplete($"\"{missing.Text}\" is not answered yet."));
        var points = answers.Sum(a => rules.Question(a.Question)!.Answer(a.Answer)!.Points);
        var band = rules.BandFor(points);
        return new SelfAssessment
        {
            Id = Id<SelfAssessment>.New(),
            OrganisationId = rules.OrganisationId,
            RulesId = rules.Id,
            PersonId = person,
            Answers = [.. rules.Questions.Select(q => answers.First(a => a.Question == q.Key))],
            Points = points,
            WeeklyPence = band.WeeklyPence,
            WeeklyMinutes = band.WeeklyMinutes,
            SubmittedBy = by,
            SubmittedAt = now,
        };
    }
}
