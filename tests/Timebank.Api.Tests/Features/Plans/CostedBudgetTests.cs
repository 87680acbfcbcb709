using System.Text.Json;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Plans;

/// <summary>A council-held plan with a costed budget, funding rules and an appointee, over HTTP.</summary>
public sealed class CostedBudgetTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    private static object Budget(long paRatePence = 1_850, string? meetsRule = "Help to keep the flat and deal with the landlord", long personControls = 2_000) => new
    {
        lines = new object[]
        {
            new { fundingStream = "Adult social care", support = "Personal assistant", weeklyMinutes = 360L, hourlyRatePence = paRatePence, outcome = "home" },
            new { fundingStream = "Supporting People", support = "Tenancy support", weeklyMinutes = 180L, hourlyRatePence = 2_000L, sharedWith = "Jo, who lives next door", meetsRule },
            new { fundingStream = "Family", support = "Sister's Sunday visit", kind = "UNPAID", weeklyMinutes = 120L },
        },
        capitalItems = new[] { new { what = "Washing machine", pence = 32_000L, fundingStream = "Adult social care", outcome = "home" } },
        rules = new[] { new { fundingStream = "Supporting People", rule = "housing-support time must be tenancy related" } },
        personControlsWeeklyPence = personControls,
    };

    private static object Content(object budget) => new
    {
        outcomes = new[] { new { key = "home", inTheirWords = "Stay in my own flat", weeklyMinutes = 540L, weeklyPence = 0L } },
        startsOn = "2027-04-01",
        endsOn = "2028-03-31",
        reviewOn = "2027-10-01",
        budget,
    };

    private static async Task<JsonElement> OkAsync(TestMember member, string operation, object input)
    {
        var result = (await member.Client.RunAsync(operation, new { input })).ShouldSucceed();
        Assert.True(result.PayloadErrorCodes(operation).Count == 0, result.ToString());
        return result.At(operation);
    }

    private static async Task<GraphQLResult> RunAsync(TestMember member, string operation, object input)
        => (await member.Client.RunAsync(operation, new { input })).ShouldSucceed();

    private static async Task<JsonElement?> ReadAsync(TestMember member, string planId)
    {
        var plan = (await member.Client.RunAsync("plan", new { id = planId })).ShouldSucceed().At("plan");
        return plan.ValueKind == JsonValueKind.Null ? null : plan;
    }

    [Fact]
    public async Task The_costed_budget_reads_as_the_fields_table_and_its_rules_and_amounts_are_checked_where_they_are_made()
    {
        var officer = await api.SignUpAsync("Olu Officer");
        var council = await officer.CreateOrganisationAsync("Hillside Council", "COMMISSIONER");
        await officer.GrantAsync(council.CoordinatorMembershipId, "MANAGER");
        var person = await api.SignUpAsync("Pat Person");
        await person.JoinApprovedAsync(council, officer);

        var noRule = await RunAsync(person, "draftPlan", new { organisationId = council.Id, content = Content(Budget(meetsRule: null)) });
        Assert.Equal(["VALIDATION_FAILED"], noRule.PayloadErrorCodes("draftPlan"));
        Assert.Contains("housing-support time must be tenancy related", noRule.Text("draftPlan.errors.0.message"));
        Assert.Equal(["VALIDATION_FAILED"], (await RunAsync(person, "draftPlan", new { organisationId = council.Id, content = Content(Budget(paRatePence: 0)) })).PayloadErrorCodes("draftPlan"));
        var tooMuch = await RunAsync(person, "draftPlan", new { organisationId = council.Id, content = Content(Budget(personControls: 20_000)) });
        Assert.Contains("£171.00 a week", tooMuch.Text("draftPlan.errors.0.message"));

        var drafted = await OkAsync(person, "draftPlan", new { organisationId = council.Id, content = Content(Budget()) });
        var planId = drafted.GetProperty("plan").GetProperty("id").GetString()!;
        var budget = (await ReadAsync(person, planId))!.Value.GetProperty("versions")[0].GetProperty("budget");
        var lines = budget.GetProperty("lines");
        // 6 hours at £18.50 is £111.00 a week, £5,772.00 a year; 3 shared hours at £20.00 is £60.00; the sister's visit costs nothing.
        Assert.Equal(11_100, lines[0].GetProperty("weeklyPence").GetInt64());
        Assert.Equal(577_200, lines[0].GetProperty("yearlyPence").GetInt64());
        Assert.Equal("Jo, who lives next door", lines[1].GetProperty("sharedWith").GetString());
        Assert.Equal(0, lines[2].GetProperty("weeklyPence").GetInt64());
        Assert.Equal(17_100, budget.GetProperty("weeklyPence").GetInt64());
        Assert.Equal(889_200, budget.GetProperty("yearlyPence").GetInt64());
        Assert.Equal(32_000, budget.GetProperty("capitalPence").GetInt64());
        Assert.Equal(120, budget.GetProperty("unpaidWeeklyMinutes").GetInt64());

        await OkAsync(person, "submitPlan", new { planId });
        await OkAsync(officer, "decidePlan", new { planId, approve = true });
        var changed = await OkAsync(person, "updatePlan", new { planId, content = Content(Budget(paRatePence: 1_900)) });
        var changes = changed.GetProperty("plan").GetProperty("latest").GetProperty("changes").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("Budget line added: \"Personal assistant from Adult social care, 6 hours a week at £19.00 an hour\".", changes);
        Assert.Contains("Budget line removed: \"Personal assistant from Adult social care, 6 hours a week at £18.50 an hour\".", changes);
    }

    [Fact]
    public async Task An_appointee_manages_the_plan_for_the_person_never_signs_it_off_and_stops_seeing_it_once_the_appointment_ends()
    {
        var officer = await api.SignUpAsync("Ola Officer");
        var council = await officer.CreateOrganisationAsync("Dale Council", "COMMISSIONER");
        var person = await api.SignUpAsync("Ray Person");
        var appointee = await api.SignUpAsync("Alex Appointee");
        var neighbour = await api.SignUpAsync("Nell Neighbour");
        await person.JoinApprovedAsync(council, officer);
        var planId = (await OkAsync(officer, "draftPlan", new { organisationId = council.Id, personId = person.Id, content = Content(Budget()) })).GetProperty("plan").GetProperty("id").GetString()!;

        Assert.Null(await ReadAsync(appointee, planId));
        Assert.Equal(["NOT_FOUND"], (await RunAsync(neighbour, "appointPlanAppointee", new { planId, appointeeId = appointee.Id })).PayloadErrorCodes("appointPlanAppointee"));
        Assert.Equal(["NOT_ALLOWED"], (await RunAsync(person, "appointPlanAppointee", new { planId, appointeeId = appointee.Id })).PayloadErrorCodes("appointPlanAppointee"));
        Assert.Equal(["VALIDATION_FAILED"], (await RunAsync(officer, "appointPlanAppointee", new { planId, appointeeId = person.Id })).PayloadErrorCodes("appointPlanAppointee"));
        var appointed = await OkAsync(officer, "appointPlanAppointee", new { planId, appointeeId = appointee.Id });
        Assert.Equal("Alex Appointee", appointed.GetProperty("plan").GetProperty("appointee").GetProperty("displayName").GetString());

        Assert.NotNull(await ReadAsync(appointee, planId));
        Assert.Null(await ReadAsync(neighbour, planId));
        await OkAsync(appointee, "updatePlan", new { planId, content = Content(Budget(personControls: 2_500)) });
        await OkAsync(appointee, "submitPlan", new { planId });
        Assert.Equal(["OWN_PLAN_SIGN_OFF"], (await RunAsync(appointee, "decidePlan", new { planId, approve = true })).PayloadErrorCodes("decidePlan"));
        Assert.Equal(2_500, (await ReadAsync(person, planId))!.Value.GetProperty("versions")[0].GetProperty("budget").GetProperty("personControlsWeeklyPence").GetInt64());

        await OkAsync(officer, "appointPlanAppointee", new { planId });
        Assert.Null(await ReadAsync(appointee, planId));
        Assert.Equal(["NOT_FOUND"], (await RunAsync(appointee, "updatePlan", new { planId, content = Content(Budget()) })).PayloadErrorCodes("updatePlan"));
    }
}
