using System.Text.Json;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Plans;

/// <summary>Client voice over HTTP: traffic lights and roadblocks on a service's board, and champion roles handed from client to client.</summary>
public sealed class ClientVoiceTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    private const string VoiceDay = "Spring client-voice day";

    private static async Task<JsonElement> OkAsync(TestMember member, string operation, object input)
    {
        var result = (await member.Client.RunAsync(operation, new { input })).ShouldSucceed();
        Assert.True(result.PayloadErrorCodes(operation).Count == 0, result.ToString());
        return result.At(operation);
    }

    private static async Task<IReadOnlyList<string>> RefusedAsync(TestMember member, string operation, object input)
        => (await member.Client.RunAsync(operation, new { input })).ShouldSucceed().PayloadErrorCodes(operation);

    private static async Task<JsonElement> BoardAsync(TestMember reader, TestOrganisation service, string? status = null)
        => (await reader.Client.RunAsync("clientVoiceBoard", new { organisationId = service.Id, status })).ShouldSucceed().At("clientVoiceBoard");

    /// <summary>A provider with a coordinator, a member of staff, two customers and a member who is neither.</summary>
    private async Task<(TestOrganisation Service, TestMember Staff, TestMember Ann, TestMember Bob, TestMember Visitor)> ServiceAsync()
    {
        var coordinator = await api.SignUpAsync("Cora Coordinator");
        var service = await coordinator.CreateOrganisationAsync("Hill House", "PROVIDER");
        var staff = await api.SignUpAsync("Sam Staff");
        await coordinator.GrantAsync(await staff.JoinApprovedAsync(service, coordinator), "STAFF");
        var ann = await api.SignUpAsync("Ann Client");
        await coordinator.GrantAsync(await ann.JoinApprovedAsync(service, coordinator), "CUSTOMER");
        var bob = await api.SignUpAsync("Bob Client");
        await coordinator.GrantAsync(await bob.JoinApprovedAsync(service, coordinator), "CUSTOMER");
        var visitor = await api.SignUpAsync("Vi Visitor");
        await visitor.JoinApprovedAsync(service, coordinator);
        return (service, staff, ann, bob, visitor);
    }

    [Fact]
    public async Task An_anonymous_traffic_light_shows_its_raiser_to_the_raiser_alone_and_staff_say_what_was_done()
    {
        var (service, staff, ann, bob, visitor) = await ServiceAsync();
        var outsider = await api.SignUpAsync("Oz Outsider");

        var red = (await OkAsync(ann, "raiseTrafficLight", new { organisationId = service.Id, light = "RED", text = "Stop waking us for 7am checks", @event = VoiceDay, anonymous = true })).GetProperty("clientVoiceItem");
        Assert.Equal(ann.Id, red.GetProperty("raisedBy").GetProperty("id").GetString());
        Assert.True(red.GetProperty("raisedByYou").GetBoolean());
        Assert.Equal("CLIENT", red.GetProperty("raisedAs").GetString());
        var green = (await OkAsync(staff, "raiseTrafficLight", new { organisationId = service.Id, light = "GREEN", text = "Start a cooking club", @event = VoiceDay })).GetProperty("clientVoiceItem");
        Assert.Equal("STAFF", green.GetProperty("raisedAs").GetString());
        var roadblock = (await OkAsync(bob, "reportRoadblock", new { organisationId = service.Id, text = "Budgets can only buy agency hours" })).GetProperty("clientVoiceItem");

        foreach (var other in new[] { bob, staff })
        {
            var seen = (await BoardAsync(other, service)).GetProperty("trafficLights").EnumerateArray().Single(i => i.GetProperty("light").GetString() == "RED");
            Assert.Equal(JsonValueKind.Null, seen.GetProperty("raisedBy").ValueKind);
            Assert.False(seen.GetProperty("raisedByYou").GetBoolean());
            Assert.True(seen.GetProperty("anonymous").GetBoolean());
        }
        Assert.Equal(ann.Id, (await BoardAsync(ann, service)).GetProperty("trafficLights").EnumerateArray().Single(i => i.GetProperty("light").GetString() == "RED").GetProperty("raisedBy").GetProperty("id").GetString());
        Assert.Equal(bob.Id, (await BoardAsync(staff, service)).GetProperty("roadblocks")[0].GetProperty("raisedBy").GetProperty("id").GetString());

        // Refused, with nothing raised: staff anonymously, outsiders, members who are neither clients nor staff, empty or too-long text.
        Assert.Equal(["STAFF_NOT_ANONYMOUS"], await RefusedAsync(staff, "raiseTrafficLight", new { organisationId = service.Id, light = "AMBER", text = "Keep the garden", @event = VoiceDay, anonymous = true }));
        Assert.Equal(["NOT_FOUND"], await RefusedAsync(outsider, "raiseTrafficLight", new { organisationId = service.Id, light = "AMBER", text = "Keep the garden", @event = VoiceDay }));
        Assert.Equal(["NOT_ALLOWED"], await RefusedAsync(visitor, "reportRoadblock", new { organisationId = service.Id, text = "No say in rotas" }));
        Assert.Equal(["VALIDATION_FAILED"], await RefusedAsync(bob, "raiseTrafficLight", new { organisationId = service.Id, light = "AMBER", text = " ", @event = VoiceDay }));
        Assert.Equal(["VALIDATION_FAILED"], await RefusedAsync(bob, "raiseTrafficLight", new { organisationId = service.Id, light = "AMBER", text = "Keep the garden", @event = "" }));
        Assert.Equal(["VALIDATION_FAILED"], await RefusedAsync(bob, "reportRoadblock", new { organisationId = service.Id, text = new string('x', 2_001) }));
        Assert.Equal(JsonValueKind.Null, (await BoardAsync(outsider, service)).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await BoardAsync(visitor, service)).ValueKind);
        var board = await BoardAsync(staff, service);
        Assert.Equal(2, board.GetProperty("trafficLights").GetArrayLength());
        Assert.Equal(1, board.GetProperty("roadblocks").GetArrayLength());

        var roadblockId = roadblock.GetProperty("id").GetString()!;
        Assert.Equal(["NOT_ALLOWED"], await RefusedAsync(bob, "updateClientVoiceItem", new { itemId = roadblockId, status = "IN_HAND" }));
        Assert.Equal(["NOT_FOUND"], await RefusedAsync(outsider, "updateClientVoiceItem", new { itemId = roadblockId, status = "IN_HAND" }));
        Assert.Equal(["VALIDATION_FAILED"], await RefusedAsync(staff, "updateClientVoiceItem", new { itemId = roadblockId, status = "DONE" }));
        Assert.Equal("IN_HAND", (await OkAsync(staff, "updateClientVoiceItem", new { itemId = roadblockId, status = "IN_HAND" })).GetProperty("clientVoiceItem").GetProperty("status").GetString());
        await OkAsync(staff, "updateClientVoiceItem", new { itemId = roadblockId, status = "DONE", whatWasDone = "Agreed with the council that budgets can pay personal assistants" });
        var done = await BoardAsync(bob, service, "DONE");
        Assert.Equal(0, done.GetProperty("trafficLights").GetArrayLength());
        Assert.Equal("Agreed with the council that budgets can pay personal assistants", done.GetProperty("roadblocks")[0].GetProperty("whatWasDone").GetString());
        Assert.Equal(2, (await BoardAsync(bob, service, "OPEN")).GetProperty("trafficLights").GetArrayLength());
    }

    [Fact]
    public async Task A_champion_role_goes_to_a_client_and_is_handed_over_with_a_note_keeping_its_history()
    {
        var (service, staff, ann, bob, visitor) = await ServiceAsync();
        var outsider = await api.SignUpAsync("Oz Outsider");
        Assert.Equal(["NOT_ALLOWED"], await RefusedAsync(ann, "defineChampionRole", new { organisationId = service.Id, name = "House meetings champion" }));
        Assert.Equal(["VALIDATION_FAILED"], await RefusedAsync(staff, "defineChampionRole", new { organisationId = service.Id, name = "" }));
        var role = (await OkAsync(staff, "defineChampionRole", new { organisationId = service.Id, name = "House meetings champion", purpose = "Chairs the monthly house meeting" })).GetProperty("championRole");
        var roleId = role.GetProperty("id").GetString()!;
        Assert.Equal(JsonValueKind.Null, role.GetProperty("current").ValueKind);

        Assert.Equal(["ROLE_NOT_HELD"], await RefusedAsync(staff, "handOverChampionRole", new { roleId, toMemberId = bob.Id, note = "Over to you" }));
        Assert.Equal(["NOT_A_CLIENT"], await RefusedAsync(staff, "assignChampionRole", new { roleId, memberId = visitor.Id, startsOn = "2026-01-05" }));
        Assert.Equal(["NOT_A_CLIENT"], await RefusedAsync(staff, "assignChampionRole", new { roleId, memberId = staff.Id, startsOn = "2026-01-05" }));
        Assert.Equal(["NOT_ALLOWED"], await RefusedAsync(bob, "assignChampionRole", new { roleId, memberId = bob.Id, startsOn = "2026-01-05" }));
        Assert.Equal(["NOT_FOUND"], await RefusedAsync(outsider, "assignChampionRole", new { roleId, memberId = bob.Id, startsOn = "2026-01-05" }));
        var assigned = (await OkAsync(staff, "assignChampionRole", new { roleId, memberId = ann.Id, startsOn = "2026-01-05" })).GetProperty("championRole");
        Assert.Equal(ann.Id, assigned.GetProperty("current").GetProperty("holder").GetProperty("id").GetString());
        Assert.Equal(["ROLE_ALREADY_HELD"], await RefusedAsync(staff, "assignChampionRole", new { roleId, memberId = bob.Id, startsOn = "2026-02-01" }));
        Assert.Equal(["VALIDATION_FAILED"], await RefusedAsync(staff, "handOverChampionRole", new { roleId, toMemberId = ann.Id, note = "To myself" }));
        Assert.Equal(["VALIDATION_FAILED"], await RefusedAsync(staff, "handOverChampionRole", new { roleId, toMemberId = bob.Id, note = " " }));
        Assert.Equal(["NOT_A_CLIENT"], await RefusedAsync(staff, "handOverChampionRole", new { roleId, toMemberId = visitor.Id, note = "Over to you" }));

        var handed = (await OkAsync(staff, "handOverChampionRole", new { roleId, toMemberId = bob.Id, on = "2026-06-01", note = "Agenda template is in the office; Tuesdays suit most people" })).GetProperty("championRole");
        Assert.Equal(bob.Id, handed.GetProperty("current").GetProperty("holder").GetProperty("id").GetString());
        Assert.Equal("2026-06-01", handed.GetProperty("current").GetProperty("startsOn").GetString());
        var history = handed.GetProperty("history");
        Assert.Equal([bob.Id, ann.Id], history.EnumerateArray().Select(h => h.GetProperty("holder").GetProperty("id").GetString()!).ToArray());
        Assert.Equal("2026-06-01", history[1].GetProperty("endsOn").GetString());
        Assert.Equal("Agenda template is in the office; Tuesdays suit most people", history[1].GetProperty("handoverNote").GetString());
        Assert.Equal(bob.Id, history[1].GetProperty("handedOverTo").GetProperty("id").GetString());

        var listed = (await ann.Client.RunAsync("championRoles", new { organisationId = service.Id })).ShouldSucceed().At("championRoles");
        Assert.Equal("House meetings champion", listed[0].GetProperty("name").GetString());
        Assert.Equal(2, listed[0].GetProperty("history").GetArrayLength());
        Assert.Equal(0, (await outsider.Client.RunAsync("championRoles", new { organisationId = service.Id })).ShouldSucceed().At("championRoles").GetArrayLength());
    }

    [Fact]
    public async Task Two_staff_assigning_one_role_at_once_start_one_holding()
    {
        var (service, staff, ann, bob, _) = await ServiceAsync();
        var roleId = (await OkAsync(staff, "defineChampionRole", new { organisationId = service.Id, name = "Welcomer" })).GetProperty("championRole").GetProperty("id").GetString()!;
        var results = await Task.WhenAll(
            staff.Client.RunAsync("assignChampionRole", new { input = new { roleId, memberId = ann.Id, startsOn = "2026-03-01" } }),
            staff.Client.RunAsync("assignChampionRole", new { input = new { roleId, memberId = bob.Id, startsOn = "2026-03-01" } }));
        var codes = results.Select(r => r.ShouldSucceed().PayloadErrorCodes("assignChampionRole")).ToList();
        Assert.Equal(1, codes.Count(c => c.Count == 0));
        Assert.Equal(["ROLE_ALREADY_HELD"], codes.Single(c => c.Count > 0));
        var listed = (await staff.Client.RunAsync("championRoles", new { organisationId = service.Id })).ShouldSucceed().At("championRoles");
        Assert.Equal(1, listed[0].GetProperty("history").GetArrayLength());
    }
}
