using System.Text.Json;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Plans;

/// <summary>Plans over HTTP: drafted by the person, signed off by a panel with a quorum, changed into a second version, and who may see what.</summary>
public sealed class PlanSignOffTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    private static object Content(long musicMinutes = 210, string words = "I want to play bass with friends again") => new
    {
        outcomes = new object[]
        {
            new { key = "music", inTheirWords = words, weeklyMinutes = musicMinutes, weeklyPence = 4_000 },
            new { key = "family", inTheirWords = "See my grandchild for the first time", weeklyMinutes = 0, weeklyPence = 2_500 },
        },
        working = new[] { "My keyworker listens" },
        notWorking = new[] { "Evenings are lonely" },
        actions = new[] { new { what = "Find a band that rehearses nearby", owner = "Sam, keyworker", by = "2027-04-01", outcome = "music" } },
        circleOfSupport = new[] { new { name = "Aisha", relationship = "sister" } },
        format = "EASY_READ",
        startsOn = "2027-03-01",
        endsOn = "2028-02-29",
        reviewOn = "2027-09-01",
        riskDecisions = new[] { new { decision = "Travel to rehearsals alone", agreedBy = "Aisha and the manager", why = "He knows the route and carries a phone" } },
    };

    private static async Task<JsonElement> OkAsync(TestMember member, string operation, object input)
    {
        var result = (await member.Client.RunAsync(operation, new { input })).ShouldSucceed();
        Assert.True(result.PayloadErrorCodes(operation).Count == 0, result.ToString());
        return result.At(operation);
    }

    private static async Task<IReadOnlyList<string>> RefusedAsync(TestMember member, string operation, object input)
        => (await member.Client.RunAsync(operation, new { input })).ShouldSucceed().PayloadErrorCodes(operation);

    private static async Task<JsonElement?> ReadAsync(TestMember member, string planId)
    {
        var plan = (await member.Client.RunAsync("plan", new { id = planId })).ShouldSucceed().At("plan");
        return plan.ValueKind == JsonValueKind.Null ? null : plan;
    }

    [Fact]
    public async Task A_panel_of_five_approves_on_a_quorum_of_three_a_change_makes_version_two_and_version_one_stays_readable()
    {
        var officer = await api.SignUpAsync("Olu Officer");
        var council = await officer.CreateOrganisationAsync("Riverside Council", "COMMISSIONER");
        var person = await api.SignUpAsync("Pat Person");
        var neighbour = await api.SignUpAsync("Nia Neighbour");
        var panel = new List<TestMember>();
        for (var i = 0; i < 5; i++)
            panel.Add(await api.SignUpAsync($"Panel member {i + 1}"));
        var observer = await api.SignUpAsync("Obi Observer");
        foreach (var member in new[] { person, neighbour })
            await member.JoinApprovedAsync(council, officer);
        await OkAsync(officer, "setPlanSignOff", new
        {
            organisationId = council.Id,
            mode = "PANEL",
            quorum = 3,
            panel = panel.Select((p, i) => new { memberId = p.Id, role = i == 0 ? "Chair" : "Member", observer = false })
                .Append(new { memberId = observer.Id, role = "Observer", observer = true }),
        });

        var drafted = await OkAsync(person, "draftPlan", new { organisationId = council.Id, content = Content() });
        var planId = drafted.GetProperty("plan").GetProperty("id").GetString()!;
        Assert.Equal("DRAFT", drafted.GetProperty("plan").GetProperty("latest").GetProperty("status").GetString());
        Assert.Equal(210, drafted.GetProperty("plan").GetProperty("latest").GetProperty("weeklyMinutes").GetInt64());
        Assert.Null(await ReadAsync(neighbour, planId));
        Assert.Null(await ReadAsync(panel[0], planId));
        Assert.Equal(["NOT_FOUND"], await RefusedAsync(neighbour, "updatePlan", new { planId, content = Content(60) }));

        await OkAsync(person, "submitPlan", new { planId });
        Assert.Equal(["PLAN_NOT_EDITABLE"], await RefusedAsync(person, "updatePlan", new { planId, content = Content(60) }));
        Assert.NotNull(await ReadAsync(observer, planId));
        Assert.Equal(["NOT_ALLOWED"], await RefusedAsync(observer, "decidePlan", new { planId, approve = true }));
        Assert.Equal(["NOT_FOUND"], await RefusedAsync(neighbour, "decidePlan", new { planId, approve = true }));
        Assert.Equal(["NOT_ALLOWED"], await RefusedAsync(panel[0], "submitPlan", new { planId }));
        await OkAsync(panel[0], "decidePlan", new { planId, approve = true, comment = "Clear outcomes" });
        Assert.Equal(["ALREADY_SIGNED_OFF"], await RefusedAsync(panel[0], "decidePlan", new { planId, approve = true }));
        Assert.Equal(["VALIDATION_FAILED"], await RefusedAsync(panel[1], "decidePlan", new { planId, approve = false }));
        await OkAsync(panel[1], "decidePlan", new { planId, approve = false, comment = "The family cash needs a supplier" });
        await OkAsync(panel[2], "decidePlan", new { planId, approve = true });
        var approved = await OkAsync(panel[3], "decidePlan", new { planId, approve = true });
        Assert.Equal("APPROVED", approved.GetProperty("plan").GetProperty("latest").GetProperty("status").GetString());
        Assert.Equal(["PLAN_NOT_AWAITING_SIGN_OFF"], await RefusedAsync(officer, "decidePlan", new { planId, approve = true }));
        // Signers see a plan while it waits for them, not after: a late signer is told there is no such plan.
        Assert.Equal(["NOT_FOUND"], await RefusedAsync(panel[4], "decidePlan", new { planId, approve = true }));
        Assert.Null(await ReadAsync(panel[0], planId));

        var changed = await OkAsync(person, "updatePlan", new { planId, content = Content(240, "I play bass in a band") });
        var second = changed.GetProperty("plan").GetProperty("latest");
        Assert.Equal(2, second.GetProperty("number").GetInt32());
        Assert.Equal("DRAFT", second.GetProperty("status").GetString());
        Assert.Contains("Outcome \"music\" now reads: \"I play bass in a band\".", second.GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
        await OkAsync(person, "submitPlan", new { planId });
        foreach (var signer in panel.Skip(2))
            await OkAsync(signer, "decidePlan", new { planId, approve = true });

        var versions = (await ReadAsync(person, planId))!.Value.GetProperty("versions");
        Assert.Equal(["APPROVED", "APPROVED"], versions.EnumerateArray().Select(v => v.GetProperty("status").GetString()!).ToArray());
        Assert.Equal(210, versions[0].GetProperty("outcomes")[0].GetProperty("weeklyMinutes").GetInt64());
        Assert.Equal("I want to play bass with friends again", versions[0].GetProperty("outcomes")[0].GetProperty("inTheirWords").GetString());
        Assert.Equal(4, versions[0].GetProperty("decisions").GetArrayLength());
        Assert.Equal("Chair", versions[0].GetProperty("decisions")[0].GetProperty("capacity").GetString());
        Assert.Equal(240, versions[1].GetProperty("outcomes")[0].GetProperty("weeklyMinutes").GetInt64());
        Assert.Equal(2, (await officer.Client.RunAsync("plans", new { filter = new { organisationId = council.Id } })).ShouldSucceed().At("plans.0.latest.number").GetInt32());
        Assert.Equal(0, (await neighbour.Client.RunAsync("plans", new { filter = new { organisationId = council.Id } })).ShouldSucceed().At("plans").GetArrayLength());
    }

    [Fact]
    public async Task A_provider_manager_signs_jointly_with_the_linked_commissioner_and_only_customers_have_plans()
    {
        var manager = await api.SignUpAsync("Mo Manager");
        var provider = await manager.CreateOrganisationAsync("Coventry Road", "PROVIDER");
        await manager.GrantAsync(provider.CoordinatorMembershipId, "MANAGER");
        var lead = await api.SignUpAsync("Lee Lead Officer");
        var council = await lead.CreateOrganisationAsync("City Council", "COMMISSIONER");
        await lead.GrantAsync(council.CoordinatorMembershipId, "COMMISSIONER");
        var customer = await api.SignUpAsync("Cas Customer");
        var visitor = await api.SignUpAsync("Vi Visitor");
        var membership = await customer.JoinApprovedAsync(provider, manager);
        await manager.GrantAsync(membership, "CUSTOMER");
        await visitor.JoinApprovedAsync(provider, manager);
        await OkAsync(manager, "setPlanSignOff", new { organisationId = provider.Id, mode = "MANAGER_AND_COMMISSIONER", commissioningOrganisationId = council.Id });

        Assert.Equal(["PERSON_NOT_SERVED"], await RefusedAsync(manager, "draftPlan", new { organisationId = provider.Id, personId = visitor.Id, content = Content() }));
        Assert.Equal(["VALIDATION_FAILED"], await RefusedAsync(customer, "draftPlan", new { organisationId = provider.Id, content = new { outcomes = Array.Empty<object>(), startsOn = "2027-03-01", endsOn = "2028-02-29", reviewOn = "2027-09-01" } }));
        var planId = (await OkAsync(manager, "draftPlan", new { organisationId = provider.Id, personId = customer.Id, content = Content() })).GetProperty("plan").GetProperty("id").GetString()!;
        Assert.Null(await ReadAsync(lead, planId));
        await OkAsync(customer, "submitPlan", new { planId });

        Assert.Equal(["OWN_PLAN_SIGN_OFF"], await RefusedAsync(customer, "decidePlan", new { planId, approve = true }));
        Assert.Equal(1, (await lead.Client.RunAsync("plans", new { filter = new { organisationId = provider.Id, awaitingSignOff = true } })).ShouldSucceed().At("plans").GetArrayLength());
        await OkAsync(lead, "decidePlan", new { planId, approve = true, comment = "Agreed for the council" });
        var joint = await OkAsync(manager, "decidePlan", new { planId, approve = true });
        var latest = joint.GetProperty("plan").GetProperty("latest");
        Assert.Equal("APPROVED", latest.GetProperty("status").GetString());
        Assert.Equal(["commissioner", "manager"], latest.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("capacity").GetString()!).ToArray());
    }
}
