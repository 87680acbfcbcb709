using System.Text.Json;
using NodaTime;
using Timebank.Api.Tests.Features.Flexi;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Plans;

/// <summary>
/// Issue 15's field story over HTTP, at a 20-person supported housing service: a budget worked out in the open and
/// challenged, a plan drafted at Planning Live, signed off by a panel, spent against its outcomes, changed into a
/// second version, and reviewed until the share of people making their own decisions rises from 25% to 70%.
/// </summary>
public sealed class PlansFieldStoryTests(FlexiFactory api) : IClassFixture<FlexiFactory>
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static string Key() => Guid.NewGuid().ToString("N");

    private static Instant At(int month, int day, int hour = 10) => new LocalDateTime(2027, month, day, hour, 0).InZoneLeniently(London).ToInstant();

    private static object Content(long musicMinutes) => new
    {
        outcomes = new object[]
        {
            new { key = "music", inTheirWords = "Play bass with friends again", weeklyMinutes = musicMinutes, weeklyPence = 2_000L },
            new { key = "family", inTheirWords = "See my grandchild every month", weeklyMinutes = 210 - musicMinutes, weeklyPence = 2_000L },
        },
        circleOfSupport = new[] { new { name = "Aisha", relationship = "sister" } },
        startsOn = "2027-03-08",
        endsOn = "2028-03-05",
        reviewOn = "2027-09-06",
    };

    private static object Review(string planId, int rating, string decides, string heldOn) => new
    {
        input = new
        {
            planId,
            outcomes = new[] { new { outcome = "music", progress = "GOOD", note = (string?)"Rehearsing on Tuesdays" }, new { outcome = "family", progress = "SOME", note = (string?)null } },
            controlRating = rating,
            decides,
            inTheirWords = "I choose who comes and when.",
            heldOn,
            nextReviewOn = "2028-02-01",
        },
    };

    [Fact]
    public async Task A_budget_challenged_a_plan_from_planning_live_signed_by_a_panel_spent_by_outcome_changed_and_reviewed()
    {
        api.Clock.Reset(At(3, 1));
        var provider = await api.ProviderAsync("Coventry Road");
        var serviceId = await provider.ServiceAsync();
        var worker = await api.MemberAsync(provider, "Wes Worker", "STAFF");
        var people = new List<TestMember>();
        for (var i = 0; i < 20; i++)
        {
            people.Add(await api.MemberAsync(provider, i == 0 ? "Pat Person" : $"Customer {i}", "CUSTOMER"));
            await provider.EnrolAsync(serviceId, people[i]);
        }
        var pat = people[0];

        // The budget's working, in the open, challenged and upheld with a new amount.
        await provider.Manager.OkAsync("publishAllocationRules", new
        {
            input = new
            {
                organisationId = provider.Organisation.Id,
                name = "Support self-assessment",
                questions = new[] { new { key = "nights", text = "Do you need help at night?", answers = new[] { new { key = "no", text = "No", points = 0 }, new { key = "yes", text = "Yes", points = 8 } } } },
                bands = new[] { new { fromPoints = 0, toPoints = 4, weeklyPence = 4_000, weeklyMinutes = 210 }, new { fromPoints = 5, toPoints = 8, weeklyPence = 9_000, weeklyMinutes = 420 } },
            },
        });
        var budget = (await pat.OkAsync("submitSelfAssessment", new { input = new { organisationId = provider.Organisation.Id, answers = new[] { new { question = "nights", answer = "no" } } } })).GetProperty("indicativeBudget");
        Assert.Equal(4_000, budget.GetProperty("weeklyPence").GetInt64());
        var challengeId = (await pat.OkAsync("challengeBudget", new { input = new { assessmentId = budget.GetProperty("assessmentId").GetString(), reason = "Nobody asked about going out.", supportedBy = "My peer broker" } }))
            .GetProperty("budgetChallenge").GetProperty("id").GetString();
        await provider.Manager.OkAsync("decideBudgetChallenge", new { input = new { challengeId, upheld = true, note = "Going out added.", weeklyPence = 5_500 } });
        var upheld = (await pat.Client.RunAsync("indicativeBudget", new { organisationId = provider.Organisation.Id })).ShouldSucceed().At("indicativeBudget");
        Assert.Equal(5_500, upheld.GetProperty("weeklyPence").GetInt64());
        Assert.Equal("UPHELD", upheld.GetProperty("challenge").GetProperty("status").GetString());

        // Planning Live: 8 people, each with an ally, over two afternoons.
        var sessionId = (await provider.Manager.OkAsync("schedulePlanningSession", new
        {
            input = new
            {
                organisationId = provider.Organisation.Id,
                title = "Planning Live",
                place = "Coventry Road lounge",
                capacity = 10,
                facilitatorIds = new[] { worker.Id },
                sittings = new[] { new { start = At(3, 2, 13).ToString(), end = At(3, 2, 17).ToString() }, new { start = At(3, 3, 13).ToString(), end = At(3, 3, 17).ToString() } },
            },
        })).GetProperty("planningSession").GetProperty("id").GetString()!;
        foreach (var person in people.Take(8))
        {
            await person.OkAsync("invitePlanningSessionAttendee", new { input = new { sessionId } });
            await person.OkAsync("inviteAlly", new { input = new { sessionId, name = $"Ally of {person.DisplayName}", relationship = "friend" } });
        }
        var session = (await provider.Manager.Client.RunAsync("planningSession", new { id = sessionId })).ShouldSucceed().At("planningSession");
        Assert.Equal(8, session.GetProperty("attendees").GetArrayLength());

        // A panel of 5 with a quorum of 3 signs the service's plans off.
        var panel = new List<TestMember>();
        for (var i = 0; i < 5; i++)
            panel.Add(await api.SignUpAsync($"Panel member {i + 1}"));
        await provider.Manager.OkAsync("setPlanSignOff", new { input = new { organisationId = provider.Organisation.Id, mode = "PANEL", quorum = 3, panel = panel.Select(p => new { memberId = p.Id, role = "Member", observer = false }) } });
        var plans = new List<string>();
        foreach (var person in people)
        {
            var planId = (await person.OkAsync("draftPlan", new { input = new { organisationId = provider.Organisation.Id, planningSessionId = people.IndexOf(person) < 8 ? sessionId : null, content = Content(150) } }))
                .GetProperty("plan").GetProperty("id").GetString()!;
            await person.OkAsync("submitPlan", new { input = new { planId } });
            foreach (var signer in panel.Take(3))
                await signer.OkAsync("decidePlan", new { input = new { planId, approve = true } });
            plans.Add(planId);
        }
        var patsPlan = plans[0];
        session = (await pat.Client.RunAsync("planningSession", new { id = sessionId })).ShouldSucceed().At("planningSession");
        Assert.Equal(patsPlan, Assert.Single(session.GetProperty("plans").EnumerateArray()).GetProperty("id").GetString());

        // Spending names the plan's outcomes, and planProgress adds it up per outcome.
        api.Clock.Reset(At(3, 8, 9));
        Assert.Equal(["VALIDATION_FAILED"], await pat.RefusedAsync("requestPurchase", new { input = new { idempotencyKey = Key(), serviceId, pence = 1_500L, supplier = "Music shop", category = "MUSIC", description = "Strings" } }));
        await pat.OkAsync("requestPurchase", new { input = new { idempotencyKey = Key(), serviceId, pence = 1_500L, supplier = "Music shop", category = "MUSIC", description = "Strings", outcome = "music" } });
        var sessionBooked = (await pat.OkAsync("bookSupportSession", new { input = new { idempotencyKey = Key(), serviceId, workerId = worker.Id, start = At(3, 8, 14).ToString(), minutes = 90L, where = "OFF_SITE", formality = "INFORMAL", outcome = "family" } }))
            .GetProperty("supportSession").GetProperty("id").GetString();
        api.Clock.Reset(At(3, 8, 18));
        await worker.OkAsync("completeSupportSession", new { input = new { idempotencyKey = Key(), sessionId = sessionBooked, deliveredMinutes = 90L } });
        var progress = (await pat.Client.RunAsync("planProgress", new { planId = patsPlan })).ShouldSucceed().At("planProgress").GetProperty("outcomes");
        Assert.Equal((1_500L, 0L), (progress[0].GetProperty("penceSpent").GetInt64(), progress[0].GetProperty("minutesDelivered").GetInt64()));
        Assert.Equal((0L, 90L), (progress[1].GetProperty("penceSpent").GetInt64(), progress[1].GetProperty("minutesDelivered").GetInt64()));

        // A later change makes version 2, signed off again; version 1 stays readable.
        await pat.OkAsync("updatePlan", new { input = new { planId = patsPlan, content = Content(180) } });
        await pat.OkAsync("submitPlan", new { input = new { planId = patsPlan } });
        foreach (var signer in panel.Skip(2))
            await signer.OkAsync("decidePlan", new { input = new { planId = patsPlan, approve = true } });
        var versions = (await pat.Client.RunAsync("plan", new { id = patsPlan })).ShouldSucceed().At("plan").GetProperty("versions");
        Assert.Equal(["APPROVED", "APPROVED"], versions.EnumerateArray().Select(v => v.GetProperty("status").GetString()!).ToArray());
        Assert.Equal(150, versions[0].GetProperty("outcomes")[0].GetProperty("weeklyMinutes").GetInt64());
        Assert.Contains(versions[1].GetProperty("changes").EnumerateArray(), c => c.GetString()!.StartsWith("Outcome \"music\": 2 hours 30 minutes", StringComparison.Ordinal));

        // Reviews in March and November: Pat's control goes from 1 to 3; 5 of 20 then 14 of 20 make their own decisions.
        api.Clock.Reset(At(3, 20));
        for (var i = 0; i < 20; i++)
            await provider.Manager.OkAsync("recordReview", Review(plans[i], i == 0 ? 1 : 2, i is > 0 and <= 5 ? "THEMSELVES" : "KEY_WORKER", "2027-03-19"));
        api.Clock.Reset(At(11, 20));
        for (var i = 0; i < 20; i++)
            await provider.Manager.OkAsync("recordReview", Review(plans[i], i == 0 ? 3 : 4, i < 14 ? "THEMSELVES" : "OTHERS", "2027-11-19"));
        var report = (await provider.Manager.Client.RunAsync("controlReport", new { organisationId = provider.Organisation.Id, from = "2027-03-01", to = "2027-11-30" })).ShouldSucceed().At("controlReport");
        Assert.Equal(20, report.GetProperty("peopleReviewed").GetInt32());
        Assert.Equal(25, report.GetProperty("decidingThemselvesFirst").GetProperty("percent").GetInt32());
        Assert.Equal(70, report.GetProperty("decidingThemselvesLatest").GetProperty("percent").GetInt32());
        var patRow = report.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("person").GetProperty("id").GetString() == pat.Id);
        Assert.Equal((1, 3), (patRow.GetProperty("firstRating").GetInt32(), patRow.GetProperty("latestRating").GetInt32()));
        Assert.Empty(await api.LedgerViolationsAsync());
    }
}
