using System.Text.Json;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Plans;

/// <summary>Reviews over HTTP: against the approved plan's outcomes, who may record and read them, what falls due, and the control report.</summary>
public sealed class PlanReviewTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    private const string Words = "I choose who comes and when, and I am back playing bass";

    private static object Content() => new
    {
        outcomes = new[]
        {
            new { key = "music", inTheirWords = "Play bass with friends again", weeklyMinutes = 210, weeklyPence = 4_000 },
            new { key = "family", inTheirWords = "See my grandchild", weeklyMinutes = 0, weeklyPence = 1_000 },
        },
        startsOn = "2026-01-01",
        endsOn = "2027-12-31",
        reviewOn = "2027-09-01",
    };

    private static object Review(string planId, int rating, string decides, string heldOn, string next = "2027-06-01", string? words = Words) => new
    {
        planId,
        outcomes = new[] { new { outcome = "music", progress = "GOOD", note = (string?)"In a band now" }, new { outcome = "family", progress = "SOME", note = (string?)null } },
        controlRating = rating,
        decides,
        inTheirWords = words,
        heldOn,
        nextReviewOn = next,
    };

    private static async Task<JsonElement> OkAsync(TestMember member, string operation, object input)
    {
        var result = (await member.Client.RunAsync(operation, new { input })).ShouldSucceed();
        Assert.True(result.PayloadErrorCodes(operation).Count == 0, result.ToString());
        return result.At(operation);
    }

    private static async Task<IReadOnlyList<string>> RefusedAsync(TestMember member, string operation, object input)
        => (await member.Client.RunAsync(operation, new { input })).ShouldSucceed().PayloadErrorCodes(operation);

    private static async Task<JsonElement> PlanAsync(TestMember member, string id)
        => (await member.Client.RunAsync("plan", new { id })).ShouldSucceed().At("plan");

    private async Task<(TestMember Manager, TestOrganisation Provider, TestMember Commissioner)> ProviderAsync(string name)
    {
        var manager = await api.SignUpAsync($"{name} manager");
        var provider = await manager.CreateOrganisationAsync(name, "PROVIDER");
        await manager.GrantAsync(provider.CoordinatorMembershipId, "MANAGER");
        var commissioner = await api.SignUpAsync($"{name} commissioner");
        await manager.GrantAsync(await commissioner.JoinApprovedAsync(provider, manager), "COMMISSIONER");
        return (manager, provider, commissioner);
    }

    private async Task<TestMember> CustomerAsync(TestMember manager, TestOrganisation provider, string name)
    {
        var customer = await api.SignUpAsync(name);
        await manager.GrantAsync(await customer.JoinApprovedAsync(provider, manager), "CUSTOMER");
        return customer;
    }

    private static async Task<string> ApprovedPlanAsync(TestMember manager, TestOrganisation provider, TestMember customer)
    {
        var planId = (await OkAsync(manager, "draftPlan", new { organisationId = provider.Id, personId = customer.Id, content = Content() })).GetProperty("plan").GetProperty("id").GetString()!;
        await OkAsync(manager, "submitPlan", new { planId });
        await OkAsync(manager, "decidePlan", new { planId, approve = true });
        return planId;
    }

    [Fact]
    public async Task Reviews_are_refused_with_nothing_changed_and_only_the_person_and_their_staff_read_them()
    {
        var (manager, provider, commissioner) = await ProviderAsync("Coventry Road");
        var customer = await CustomerAsync(manager, provider, "Cas Customer");
        var other = await CustomerAsync(manager, provider, "Oli Other");
        var stranger = await api.SignUpAsync("Sid Stranger");
        var planId = (await OkAsync(manager, "draftPlan", new { organisationId = provider.Id, personId = customer.Id, content = Content() })).GetProperty("plan").GetProperty("id").GetString()!;

        Assert.Equal(["NO_APPROVED_PLAN"], await RefusedAsync(customer, "recordReview", Review(planId, 3, "THEMSELVES", "2026-06-01")));
        await OkAsync(manager, "submitPlan", new { planId });
        await OkAsync(manager, "decidePlan", new { planId, approve = true });
        Assert.Equal(["VALIDATION_FAILED"], await RefusedAsync(customer, "recordReview", Review(planId, 6, "THEMSELVES", "2026-06-01")));
        Assert.Equal(["VALIDATION_FAILED"], await RefusedAsync(customer, "recordReview", Review(planId, 0, "THEMSELVES", "2026-06-01")));
        Assert.Equal(["NOT_ALLOWED"], await RefusedAsync(commissioner, "recordReview", Review(planId, 3, "THEMSELVES", "2026-06-01")));
        Assert.Equal(["NOT_FOUND"], await RefusedAsync(other, "recordReview", Review(planId, 3, "THEMSELVES", "2026-06-01")));
        Assert.Equal(["NOT_FOUND"], await RefusedAsync(stranger, "recordReview", Review(planId, 3, "THEMSELVES", "2026-06-01")));
        Assert.Equal(0, (await PlanAsync(customer, planId)).GetProperty("reviews").GetArrayLength());

        var recorded = (await OkAsync(customer, "recordReview", Review(planId, 4, "THEMSELVES", "2026-06-01"))).GetProperty("planReview");
        Assert.Equal(1, recorded.GetProperty("planVersion").GetInt32());
        Assert.Equal(["GOOD", "SOME"], recorded.GetProperty("outcomes").EnumerateArray().Select(o => o.GetProperty("progress").GetString()!).ToArray());

        Assert.Equal(Words, (await PlanAsync(customer, planId)).GetProperty("reviews")[0].GetProperty("inTheirWords").GetString());
        Assert.Equal(1, (await PlanAsync(manager, planId)).GetProperty("reviews").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, (await PlanAsync(commissioner, planId)).GetProperty("reviews").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await PlanAsync(other, planId)).ValueKind);

        // The report is for the commissioner, and carries figures only: never the person's words or notes.
        var report = (await commissioner.Client.RunAsync("controlReport", new { organisationId = provider.Id, from = "2026-01-01", to = "2026-12-01" })).ShouldSucceed();
        Assert.Equal(1, report.At("controlReport.peopleReviewed").GetInt32());
        Assert.DoesNotContain("bass", report.Body.ToString());
        Assert.DoesNotContain("In a band", report.Body.ToString());
        Assert.Equal(JsonValueKind.Null, (await customer.Client.RunAsync("controlReport", new { organisationId = provider.Id, from = "2026-01-01", to = "2026-12-01" })).ShouldSucceed().At("controlReport").ValueKind);

        // Due by the latest review's next date (1 June 2027), not the plan's own review date.
        var due = (await manager.Client.RunAsync("reviewsDue", new { organisationId = provider.Id, dueBy = "2027-07-01" })).ShouldSucceed().At("reviewsDue");
        Assert.Equal(1, due.GetArrayLength());
        Assert.Equal("2027-06-01", due[0].GetProperty("dueOn").GetString());
        Assert.Equal("2026-06-01", due[0].GetProperty("lastReviewedOn").GetString());
        Assert.Equal(0, (await manager.Client.RunAsync("reviewsDue", new { organisationId = provider.Id, dueBy = "2027-05-31" })).ShouldSucceed().At("reviewsDue").GetArrayLength());
        Assert.Equal(0, (await customer.Client.RunAsync("reviewsDue", new { organisationId = provider.Id, dueBy = "2027-07-01" })).ShouldSucceed().At("reviewsDue").GetArrayLength());
        var otherPlan = await ApprovedPlanAsync(manager, provider, other);
        due = (await manager.Client.RunAsync("reviewsDue", new { organisationId = provider.Id, dueBy = "2027-09-01" })).ShouldSucceed().At("reviewsDue");
        Assert.Equal([planId, otherPlan], due.EnumerateArray().Select(d => d.GetProperty("plan").GetProperty("id").GetString()!).ToArray());
        Assert.Equal("2027-09-01", due[1].GetProperty("dueOn").GetString());
    }

    [Fact]
    public async Task A_twenty_person_service_goes_from_25_to_70_percent_deciding_for_themselves_and_one_rating_from_1_to_3()
    {
        var (manager, provider, commissioner) = await ProviderAsync("Twenty Homes");
        var customers = new List<TestMember>();
        for (var i = 0; i < 20; i++)
        {
            var customer = await CustomerAsync(manager, provider, $"Customer {i + 1:00}");
            customers.Add(customer);
            var planId = await ApprovedPlanAsync(manager, provider, customer);
            await OkAsync(manager, "recordReview", Review(planId, i == 0 ? 1 : 2, i < 5 ? "THEMSELVES" : "KEY_WORKER", "2026-03-01"));
            await OkAsync(manager, "recordReview", Review(planId, i == 0 ? 3 : 4, i < 14 ? "THEMSELVES" : "OTHERS", "2026-10-01"));
        }

        var report = (await commissioner.Client.RunAsync("controlReport", new { organisationId = provider.Id, from = "2026-01-01", to = "2026-12-01" })).ShouldSucceed();
        Assert.Equal(20, report.At("controlReport.peopleReviewed").GetInt32());
        Assert.Equal(40, report.At("controlReport.reviews").GetInt32());
        Assert.Equal((5, 20, 25), (report.At("controlReport.decidingThemselvesFirst.count").GetInt32(), report.At("controlReport.decidingThemselvesFirst.of").GetInt32(), report.At("controlReport.decidingThemselvesFirst.percent").GetInt32()));
        Assert.Equal((14, 20, 70), (report.At("controlReport.decidingThemselvesLatest.count").GetInt32(), report.At("controlReport.decidingThemselvesLatest.of").GetInt32(), report.At("controlReport.decidingThemselvesLatest.percent").GetInt32()));
        Assert.Equal(39, report.At("controlReport.firstRatings.total").GetInt32());
        Assert.Equal(79, report.At("controlReport.latestRatings.total").GetInt32());
        var first = report.At("controlReport.people").EnumerateArray().Single(p => p.GetProperty("person").GetProperty("id").GetString() == customers[0].Id);
        Assert.Equal((1, 3), (first.GetProperty("firstRating").GetInt32(), first.GetProperty("latestRating").GetInt32()));
        Assert.DoesNotContain(Words, report.Body.ToString());

        // A range holding only the first reviews shows first and latest alike.
        var early = (await manager.Client.RunAsync("controlReport", new { organisationId = provider.Id, from = "2026-01-01", to = "2026-06-01" })).ShouldSucceed();
        Assert.Equal(25, early.At("controlReport.decidingThemselvesLatest.percent").GetInt32());
    }
}
