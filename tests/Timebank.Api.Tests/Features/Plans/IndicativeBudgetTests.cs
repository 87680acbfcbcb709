using System.Text.Json;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Plans;

/// <summary>Indicative budgets over HTTP: published rules, a person's self-assessment with its working, and challenges.</summary>
public sealed class IndicativeBudgetTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    private sealed record Council(TestOrganisation Organisation, TestMember Officer, TestMember Person, TestMember Neighbour, TestMember Worker);

    private static object Rules(string organisationId, int dailyPoints = 10) => new
    {
        organisationId,
        name = "Adult social care self-assessment",
        questions = new object[]
        {
            new { key = "personal-care", text = "How much help do you need with washing and dressing?", answers = new object[] { new { key = "none", text = "None", points = 0 }, new { key = "daily", text = "Every day", points = dailyPoints } } },
            new { key = "going-out", text = "How much help do you need to get out and about?", answers = new object[] { new { key = "none", text = "None", points = 0 }, new { key = "some", text = "Sometimes", points = 3 } } },
        },
        bands = new object[]
        {
            new { fromPoints = 0, toPoints = 5, weeklyPence = 4_000, weeklyMinutes = 120 },
            new { fromPoints = 6, toPoints = 20, weeklyPence = 15_000, weeklyMinutes = 420 },
        },
    };

    private async Task<Council> CouncilAsync()
    {
        var officer = await api.SignUpAsync("Olu Officer");
        var organisation = await officer.CreateOrganisationAsync("Riverside Council", "COMMISSIONER");
        var person = await api.SignUpAsync("Pat Person");
        var neighbour = await api.SignUpAsync("Nia Neighbour");
        var worker = await api.SignUpAsync("Wes Worker");
        foreach (var member in new[] { person, neighbour, worker })
            await member.JoinApprovedAsync(organisation, officer);
        var workerMembership = (await worker.Client.RunAsync("me")).ShouldSucceed();
        await officer.GrantAsync(MembershipIn(workerMembership, organisation.Id), "STAFF");
        return new Council(organisation, officer, person, neighbour, worker);
    }

    private static string MembershipIn(GraphQLResult me, string organisationId)
        => me.At("me.memberships.nodes").EnumerateArray().First(m => m.GetProperty("organisation").GetProperty("id").GetString() == organisationId).GetProperty("id").GetString()!;

    private static object Answers(string organisationId, string care, string outing, string? personId = null)
        => new { organisationId, personId, answers = new[] { new { question = "personal-care", answer = care }, new { question = "going-out", answer = outing } } };

    [Fact]
    public async Task A_person_sees_their_budget_with_its_working_challenges_it_and_the_challenge_is_upheld_with_a_new_amount()
    {
        var council = await CouncilAsync();
        var published = (await council.Officer.Client.RunAsync("publishAllocationRules", new { input = Rules(council.Organisation.Id) })).ShouldSucceed();
        Assert.Empty(published.PayloadErrorCodes("publishAllocationRules"));
        Assert.Equal(1, published.At("publishAllocationRules.allocationRules.version").GetInt32());

        var submitted = (await council.Person.Client.RunAsync("submitSelfAssessment", new { input = Answers(council.Organisation.Id, "none", "some") })).ShouldSucceed();
        Assert.Empty(submitted.PayloadErrorCodes("submitSelfAssessment"));
        var budget = submitted.At("submitSelfAssessment.indicativeBudget");
        Assert.Equal(3, budget.GetProperty("points").GetInt32());
        Assert.Equal(4_000, budget.GetProperty("weeklyPence").GetInt64());
        Assert.Equal(
            [
                "You answered \"None\" to \"How much help do you need with washing and dressing?\": 0 points.",
                "You answered \"Sometimes\" to \"How much help do you need to get out and about?\": 3 points.",
                "Your answers add up to 3 points.",
                "In Adult social care self-assessment (version 1), 0 to 5 points: £40.00 and 2 hours a week.",
                "So your indicative budget is £40.00 and 2 hours of support a week.",
            ], Lines(budget));

        var challenged = (await council.Person.Client.RunAsync("challengeBudget", new { input = new { assessmentId = budget.GetProperty("assessmentId").GetString(), reason = "Nobody asked about the nights.", supportedBy = "My peer broker, Sam" } })).ShouldSucceed();
        Assert.Empty(challenged.PayloadErrorCodes("challengeBudget"));
        var challengeId = challenged.Text("challengeBudget.budgetChallenge.id");
        var own = (await council.Person.Client.RunAsync("decideBudgetChallenge", new { input = new { challengeId, upheld = true, weeklyPence = 9_000 } })).ShouldSucceed();
        Assert.Equal(["NOT_ALLOWED"], own.PayloadErrorCodes("decideBudgetChallenge"));
        var pending = (await council.Person.Client.RunAsync("indicativeBudget", new { organisationId = council.Organisation.Id })).ShouldSucceed();
        Assert.Equal("OPEN", pending.Text("indicativeBudget.challenge.status"));
        Assert.Equal(4_000, pending.At("indicativeBudget.weeklyPence").GetInt64());

        var upheld = (await council.Officer.Client.RunAsync("decideBudgetChallenge", new { input = new { challengeId, upheld = true, note = "Night-time support added.", weeklyPence = 9_000, weeklyMinutes = 240 } })).ShouldSucceed();
        Assert.Empty(upheld.PayloadErrorCodes("decideBudgetChallenge"));
        var twice = (await council.Officer.Client.RunAsync("decideBudgetChallenge", new { input = new { challengeId, upheld = false, note = "Changed my mind" } })).ShouldSucceed();
        Assert.Equal(["CHALLENGE_ALREADY_DECIDED"], twice.PayloadErrorCodes("decideBudgetChallenge"));

        var now = (await council.Person.Client.RunAsync("indicativeBudget", new { organisationId = council.Organisation.Id })).ShouldSucceed().At("indicativeBudget");
        Assert.Equal((9_000, 240, 4_000), (now.GetProperty("weeklyPence").GetInt64(), now.GetProperty("weeklyMinutes").GetInt64(), now.GetProperty("workedWeeklyPence").GetInt64()));
        Assert.Equal("UPHELD", now.GetProperty("challenge").GetProperty("status").GetString());
        Assert.Equal("My peer broker, Sam", now.GetProperty("challenge").GetProperty("supportedBy").GetString());
        Assert.StartsWith("Your challenge was upheld on ", Lines(now)[^1]);
        Assert.EndsWith("your budget is now £90.00 and 4 hours a week. Night-time support added.", Lines(now)[^1]);
    }

    [Fact]
    public async Task Only_the_person_and_the_organisations_staff_see_a_budget_and_a_refusal_reveals_nothing()
    {
        var council = await CouncilAsync();
        await council.Officer.Client.RunAsync("publishAllocationRules", new { input = Rules(council.Organisation.Id) });
        var byWorker = (await council.Worker.Client.RunAsync("submitSelfAssessment", new { input = Answers(council.Organisation.Id, "daily", "none", council.Person.Id) })).ShouldSucceed();
        Assert.Empty(byWorker.PayloadErrorCodes("submitSelfAssessment"));
        var assessmentId = byWorker.Text("submitSelfAssessment.indicativeBudget.assessmentId");
        var outsider = await api.SignUpAsync("Oscar Outsider");

        Assert.Equal(15_000, (await council.Person.Client.RunAsync("indicativeBudget", new { organisationId = council.Organisation.Id })).ShouldSucceed().At("indicativeBudget.weeklyPence").GetInt64());
        Assert.Equal(15_000, (await council.Worker.Client.RunAsync("indicativeBudget", new { organisationId = council.Organisation.Id, personId = council.Person.Id })).ShouldSucceed().At("indicativeBudget.weeklyPence").GetInt64());
        foreach (var stranger in new[] { council.Neighbour, outsider })
        {
            Assert.Equal(JsonValueKind.Null, (await stranger.Client.RunAsync("indicativeBudget", new { organisationId = council.Organisation.Id, personId = council.Person.Id })).ShouldSucceed().At("indicativeBudget").ValueKind);
            var challenge = (await stranger.Client.RunAsync("challengeBudget", new { input = new { assessmentId, reason = "Not mine to challenge" } })).ShouldSucceed();
            Assert.Equal(["NOT_FOUND"], challenge.PayloadErrorCodes("challengeBudget"));
            var forThem = (await stranger.Client.RunAsync("submitSelfAssessment", new { input = Answers(council.Organisation.Id, "none", "none", council.Person.Id) })).ShouldSucceed();
            Assert.Equal(["NOT_FOUND"], forThem.PayloadErrorCodes("submitSelfAssessment"));
        }
        Assert.Equal(JsonValueKind.Null, (await outsider.Client.RunAsync("allocationRules", new { organisationId = council.Organisation.Id })).ShouldSucceed().At("allocationRules").ValueKind);
        Assert.Equal(2, (await council.Neighbour.Client.RunAsync("allocationRules", new { organisationId = council.Organisation.Id })).ShouldSucceed().At("allocationRules.questions").GetArrayLength());
    }

    [Fact]
    public async Task Bad_rules_and_incomplete_answers_are_refused_and_nothing_is_written()
    {
        var council = await CouncilAsync();
        var byMember = (await council.Person.Client.RunAsync("publishAllocationRules", new { input = Rules(council.Organisation.Id) })).ShouldSucceed();
        Assert.Equal(["NOT_ALLOWED"], byMember.PayloadErrorCodes("publishAllocationRules"));
        var gap = (await council.Officer.Client.RunAsync("publishAllocationRules", new { input = Rules(council.Organisation.Id, dailyPoints: 30) })).ShouldSucceed();
        Assert.Equal(["BANDS_DO_NOT_COVER"], gap.PayloadErrorCodes("publishAllocationRules"));
        Assert.Contains("no band holds 21 to 33 points", gap.At("publishAllocationRules.errors")[0].GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, (await council.Officer.Client.RunAsync("allocationRules", new { organisationId = council.Organisation.Id })).ShouldSucceed().At("allocationRules").ValueKind);
        var noRules = (await council.Person.Client.RunAsync("submitSelfAssessment", new { input = Answers(council.Organisation.Id, "none", "none") })).ShouldSucceed();
        Assert.Equal(["NOT_FOUND"], noRules.PayloadErrorCodes("submitSelfAssessment"));

        await council.Officer.Client.RunAsync("publishAllocationRules", new { input = Rules(council.Organisation.Id) });
        var partial = new { organisationId = council.Organisation.Id, answers = new[] { new { question = "personal-care", answer = "daily" } } };
        var incomplete = (await council.Person.Client.RunAsync("submitSelfAssessment", new { input = partial })).ShouldSucceed();
        Assert.Equal(["ASSESSMENT_INCOMPLETE"], incomplete.PayloadErrorCodes("submitSelfAssessment"));
        Assert.Equal(JsonValueKind.Null, (await council.Person.Client.RunAsync("indicativeBudget", new { organisationId = council.Organisation.Id })).ShouldSucceed().At("indicativeBudget").ValueKind);

        var assessmentId = (await council.Person.Client.RunAsync("submitSelfAssessment", new { input = Answers(council.Organisation.Id, "none", "none") })).ShouldSucceed().Text("submitSelfAssessment.indicativeBudget.assessmentId");
        var first = (await council.Person.Client.RunAsync("challengeBudget", new { input = new { assessmentId, reason = "Too low" } })).ShouldSucceed();
        var second = (await council.Person.Client.RunAsync("challengeBudget", new { input = new { assessmentId, reason = "Still too low" } })).ShouldSucceed();
        Assert.Equal(["CHALLENGE_ALREADY_OPEN"], second.PayloadErrorCodes("challengeBudget"));
        var silent = (await council.Officer.Client.RunAsync("decideBudgetChallenge", new { input = new { challengeId = first.Text("challengeBudget.budgetChallenge.id"), upheld = false } })).ShouldSucceed();
        Assert.Equal(["VALIDATION_FAILED"], silent.PayloadErrorCodes("decideBudgetChallenge"));
        Assert.Equal("OPEN", (await council.Person.Client.RunAsync("indicativeBudget", new { organisationId = council.Organisation.Id })).ShouldSucceed().Text("indicativeBudget.challenge.status"));
    }

    [Fact]
    public async Task A_budget_keeps_the_rules_version_it_was_worked_out_with_after_new_rules_are_published()
    {
        var council = await CouncilAsync();
        await council.Officer.Client.RunAsync("publishAllocationRules", new { input = Rules(council.Organisation.Id) });
        await council.Person.Client.RunAsync("submitSelfAssessment", new { input = Answers(council.Organisation.Id, "daily", "none") });
        var second = (await council.Officer.Client.RunAsync("publishAllocationRules", new { input = Rules(council.Organisation.Id, dailyPoints: 4) })).ShouldSucceed();
        Assert.Equal(2, second.At("publishAllocationRules.allocationRules.version").GetInt32());

        var budget = (await council.Person.Client.RunAsync("indicativeBudget", new { organisationId = council.Organisation.Id })).ShouldSucceed().At("indicativeBudget");
        Assert.Equal((1, 10, 15_000), (budget.GetProperty("rules").GetProperty("version").GetInt32(), budget.GetProperty("points").GetInt32(), budget.GetProperty("weeklyPence").GetInt64()));
        Assert.Equal(10, (await council.Person.Client.RunAsync("allocationRules", new { organisationId = council.Organisation.Id, version = 1 })).ShouldSucceed()
            .At("allocationRules.questions")[0].GetProperty("answers")[1].GetProperty("points").GetInt32());
    }

    private static string[] Lines(JsonElement budget) => [.. budget.GetProperty("inWords").EnumerateArray().Select(l => l.GetString()!)];
}
