using System.Text.Json;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Features.Plans;

/// <summary>Planning Live over HTTP: a council's session filled to its ten places, allies, attendance per sitting, and drafts linked to it.</summary>
public sealed class PlanningSessionTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    private static object Content() => new
    {
        outcomes = new[] { new { key = "music", inTheirWords = "Play bass with friends again", weeklyMinutes = 210, weeklyPence = 4_000 } },
        startsOn = "2027-03-01",
        endsOn = "2028-02-29",
        reviewOn = "2027-09-01",
    };

    private static async Task<JsonElement> OkAsync(TestMember member, string operation, object input)
    {
        var result = (await member.Client.RunAsync(operation, new { input })).ShouldSucceed();
        Assert.True(result.PayloadErrorCodes(operation).Count == 0, result.ToString());
        return result.At(operation);
    }

    private static async Task<IReadOnlyList<string>> RefusedAsync(TestMember member, string operation, object input)
        => (await member.Client.RunAsync(operation, new { input })).ShouldSucceed().PayloadErrorCodes(operation);

    private static async Task<JsonElement?> SessionAsync(TestMember member, string id)
    {
        var session = (await member.Client.RunAsync("planningSession", new { id })).ShouldSucceed().At("planningSession");
        return session.ValueKind == JsonValueKind.Null ? null : session;
    }

    private string At(int days, int hours = 13) => api.Clock.GetCurrentInstant().Plus(NodaTime.Duration.FromDays(days)).InUtc().Date.AtMidnight()
        .PlusHours(hours).InUtc().ToInstant().ToString();

    private async Task<string> ScheduleAsync(TestMember staff, TestOrganisation council, TestMember facilitator, int capacity = 10)
        => (await OkAsync(staff, "schedulePlanningSession", new
        {
            organisationId = council.Id,
            title = "Planning Live",
            place = "Riverside community hall",
            capacity,
            facilitatorIds = new[] { facilitator.Id },
            sittings = new[] { new { start = At(7), end = At(7, 17) }, new { start = At(8), end = At(8, 17) } },
        })).GetProperty("planningSession").GetProperty("id").GetString()!;

    [Fact]
    public async Task Ten_people_fill_the_session_the_eleventh_is_refused_and_allies_take_no_place()
    {
        var officer = await api.SignUpAsync("Olu Officer");
        var council = await officer.CreateOrganisationAsync("Riverside Council", "COMMISSIONER");
        var facilitator = await api.SignUpAsync("Fay Facilitator");
        var stranger = await api.SignUpAsync("Sid Stranger");
        var people = new List<TestMember>();
        for (var i = 0; i < 11; i++)
        {
            people.Add(await api.SignUpAsync($"Person {i + 1}"));
            await people[i].JoinApprovedAsync(council, officer);
        }
        Assert.Equal(["VALIDATION_FAILED"], await RefusedAsync(officer, "schedulePlanningSession", new
        {
            organisationId = council.Id,
            title = "Too big",
            place = "Hall",
            capacity = 11,
            facilitatorIds = new[] { facilitator.Id },
            sittings = new[] { new { start = At(7), end = At(7, 17) } },
        }));
        Assert.Equal(["NOT_ALLOWED"], await RefusedAsync(people[0], "schedulePlanningSession", new
        {
            organisationId = council.Id,
            title = "Mine",
            place = "Hall",
            capacity = 4,
            facilitatorIds = new[] { facilitator.Id },
            sittings = new[] { new { start = At(7), end = At(7, 17) } },
        }));
        var sessionId = await ScheduleAsync(officer, council, facilitator);

        Assert.Equal(["PERSON_NOT_SERVED"], await RefusedAsync(officer, "invitePlanningSessionAttendee", new { sessionId, personId = stranger.Id }));
        await OkAsync(people[0], "invitePlanningSessionAttendee", new { sessionId });
        Assert.Equal(["ALREADY_ATTENDING"], await RefusedAsync(people[0], "invitePlanningSessionAttendee", new { sessionId }));
        foreach (var person in people.Skip(1).Take(9))
            await OkAsync(facilitator, "invitePlanningSessionAttendee", new { sessionId, personId = person.Id });
        await OkAsync(people[0], "inviteAlly", new { sessionId, name = "Aisha", relationship = "sister" });
        await OkAsync(officer, "inviteAlly", new { sessionId, personId = people[1].Id, memberId = stranger.Id, relationship = "friend" });
        Assert.Equal(["NOT_AN_ATTENDEE"], await RefusedAsync(officer, "inviteAlly", new { sessionId, personId = people[10].Id, name = "Bo", relationship = "brother" }));

        Assert.Equal(["PLANNING_SESSION_FULL"], await RefusedAsync(people[10], "invitePlanningSessionAttendee", new { sessionId }));
        var session = (await SessionAsync(officer, sessionId))!.Value;
        Assert.Equal(10, session.GetProperty("attendees").GetArrayLength());
        Assert.Equal(0, session.GetProperty("placesLeft").GetInt32());
        Assert.Equal("sister", session.GetProperty("attendees")[0].GetProperty("allies")[0].GetProperty("relationship").GetString());
        Assert.Equal("Sid Stranger", session.GetProperty("attendees")[1].GetProperty("allies")[0].GetProperty("name").GetString());
        Assert.False(session.GetProperty("facilitators")[0].GetProperty("supportPlanningChampion").GetBoolean());
        // The ally who is a member sees the session; the person left out does not.
        Assert.NotNull(await SessionAsync(stranger, sessionId));
        Assert.Null(await SessionAsync(people[10], sessionId));
    }

    [Fact]
    public async Task Attendance_is_per_sitting_and_drafts_in_the_session_are_linked_to_it_for_those_planning_in_it()
    {
        var officer = await api.SignUpAsync("Ola Officer");
        var council = await officer.CreateOrganisationAsync("Hillside Council", "COMMISSIONER");
        var facilitator = await api.SignUpAsync("Fin Facilitator");
        var pat = await api.SignUpAsync("Pat Planner");
        var kim = await api.SignUpAsync("Kim Planner");
        var outsider = await api.SignUpAsync("Oz Outsider");
        foreach (var member in new[] { pat, kim, outsider })
            await member.JoinApprovedAsync(council, officer);
        var sessionId = await ScheduleAsync(officer, council, facilitator, capacity: 4);
        var otherSession = await ScheduleAsync(officer, council, facilitator, capacity: 2);
        await OkAsync(pat, "invitePlanningSessionAttendee", new { sessionId });
        await OkAsync(kim, "invitePlanningSessionAttendee", new { sessionId });

        var sittings = (await SessionAsync(officer, sessionId))!.Value.GetProperty("sittings");
        var first = sittings[0].GetProperty("id").GetString()!;
        var foreign = (await SessionAsync(officer, otherSession))!.Value.GetProperty("sittings")[0].GetProperty("id").GetString()!;
        Assert.Equal(["SITTING_NOT_IN_SESSION"], await RefusedAsync(facilitator, "recordPlanningAttendance", new { sessionId, sittingId = foreign, marks = new[] { new { personId = pat.Id, present = true } } }));
        Assert.Equal(["NOT_AN_ATTENDEE"], await RefusedAsync(facilitator, "recordPlanningAttendance", new { sessionId, sittingId = first, marks = new[] { new { personId = outsider.Id, present = true } } }));
        Assert.Equal(["NOT_ALLOWED"], await RefusedAsync(pat, "recordPlanningAttendance", new { sessionId, sittingId = first, marks = new[] { new { personId = pat.Id, present = true } } }));
        var marked = await OkAsync(facilitator, "recordPlanningAttendance", new
        {
            sessionId,
            sittingId = first,
            marks = new[] { new { personId = pat.Id, present = true }, new { personId = kim.Id, present = false } },
        });
        var attendance = marked.GetProperty("planningSession").GetProperty("sittings")[0].GetProperty("attendance");
        Assert.Equal([true, false], attendance.EnumerateArray().Select(a => a.GetProperty("present").GetBoolean()).ToArray());
        Assert.Equal(0, marked.GetProperty("planningSession").GetProperty("sittings")[1].GetProperty("attendance").GetArrayLength());

        Assert.Equal(["NOT_AN_ATTENDEE"], await RefusedAsync(outsider, "draftPlan", new { organisationId = council.Id, planningSessionId = sessionId, content = Content() }));
        Assert.Equal(0, (await outsider.Client.RunAsync("plans", new { filter = new { organisationId = council.Id } })).ShouldSucceed().At("plans").GetArrayLength());
        await OkAsync(pat, "draftPlan", new { organisationId = council.Id, planningSessionId = sessionId, content = Content() });
        await OkAsync(officer, "draftPlan", new { organisationId = council.Id, personId = kim.Id, planningSessionId = sessionId, content = Content() });

        // Each person sees only their own plan in the session; the council's staff see both.
        Assert.Equal(["Pat Planner"], (await SessionAsync(pat, sessionId))!.Value.GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("person").GetProperty("displayName").GetString()!).ToArray());
        Assert.Equal(2, (await SessionAsync(officer, sessionId))!.Value.GetProperty("plans").GetArrayLength());
        Assert.Equal(0, (await SessionAsync(facilitator, sessionId))!.Value.GetProperty("plans").GetArrayLength());
    }
}
