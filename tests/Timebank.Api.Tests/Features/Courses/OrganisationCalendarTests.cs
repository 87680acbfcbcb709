using NodaTime;
using Timebank.Api.Tests.Infrastructure;
using static Timebank.Api.Tests.Features.Courses.CourseScenario;

namespace Timebank.Api.Tests.Features.Courses;

/// <summary>
/// An organisation's own time zone: set when it is created or later by its coordinator, and the calendar its
/// mentoring due dates are read in (a pairing is overdue from local midnight after its due day, there).
/// </summary>
public sealed class OrganisationCalendarTests(CoursesFactory api) : IClassFixture<CoursesFactory>
{
    private const string Create = "mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id timeZone } membership { id } errors { code } } }";
    private const string SetZone = "mutation($input: SetOrganisationTimeZoneInput!) { setOrganisationTimeZone(input: $input) { organisation { timeZone } errors { code message } } }";
    private const string Pair = "mutation($input: PairMentorInput!) { pairMentor(input: $input) { mentoringPairing { nextDue } errors { code message } } }";
    private const string Overdue = "query($id: ID!) { mentoringPairings(filter: { organisationId: $id, overdue: true }) { totalCount nodes { overdue } } }";

    [Fact]
    public async Task An_organisation_keeps_the_zone_it_was_created_with_and_only_its_coordinator_can_move_it()
    {
        var founder = await api.SignUpAsync("Fran Founder");
        var created = await founder.OkAsync(Create, new { input = new { name = "Wellington Peer Training", kind = "TRAINING", timeZone = "Pacific/Auckland" } }, "createOrganisation");
        Assert.Equal("Pacific/Auckland", created.GetProperty("organisation").GetProperty("timeZone").GetString());
        var organisationId = created.GetProperty("organisation").GetProperty("id").GetString()!;
        var plain = await founder.CreateOrganisationAsync("Riverside Training", "TRAINING");
        Assert.Equal("Europe/London", (await founder.Client.PostAsync("query($id: ID!) { node(id: $id) { ... on Organisation { timeZone } } }", new { id = plain.Id })).ShouldSucceed().Text("node.timeZone"));

        var member = await api.SignUpAsync("Mel Member");
        await member.JoinApprovedAsync(new TestOrganisation(organisationId, created.GetProperty("membership").GetProperty("id").GetString()!), founder);
        Assert.Equal(["NOT_ALLOWED"], await member.RefusedAsync(SetZone, new { input = new { organisationId, timeZone = "Europe/London" } }, "setOrganisationTimeZone"));
        Assert.Equal(["NOT_FOUND"], await (await api.SignUpAsync("Stranger")).RefusedAsync(SetZone, new { input = new { organisationId, timeZone = "Europe/London" } }, "setOrganisationTimeZone"));
        var unknown = await founder.Client.PostAsync(SetZone, new { input = new { organisationId, timeZone = "Mars/Olympus_Mons" } });
        Assert.Contains("Mars/Olympus_Mons", unknown.ToString());
        Assert.Equal("Pacific/Auckland", (await founder.Client.PostAsync("query($id: ID!) { node(id: $id) { ... on Organisation { timeZone } } }", new { id = organisationId })).ShouldSucceed().Text("node.timeZone"));

        var moved = await founder.OkAsync(SetZone, new { input = new { organisationId, timeZone = "Europe/Dublin" } }, "setOrganisationTimeZone");
        Assert.Equal("Europe/Dublin", moved.GetProperty("organisation").GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task A_pairing_is_overdue_from_midnight_after_its_due_day_in_its_own_organisations_calendar()
    {
        // 10 January 2027, 12:00 UTC: still the 10th in London, already 01:00 on the 11th in Auckland.
        api.Clock.Reset(Instant.FromUtc(2027, 1, 10, 12, 0));
        var auckland = await PairingInAsync("Pacific/Auckland");
        var london = await PairingInAsync("Europe/London");

        // The 10 February due day: midday in London, 01:00 the next day in Auckland.
        api.Clock.Reset(Instant.FromUtc(2027, 2, 10, 12, 0));
        Assert.Equal(1, await OverdueCountAsync(auckland));
        Assert.Equal(0, await OverdueCountAsync(london));

        // Move Auckland's group to London's calendar: the same pairing is due today there, so not overdue.
        await auckland.Organiser.OkAsync(SetZone, new { input = new { organisationId = auckland.OrganisationId, timeZone = "Europe/London" } }, "setOrganisationTimeZone");
        Assert.Equal(0, await OverdueCountAsync(auckland));
    }

    private async Task<(TestMember Organiser, string OrganisationId)> PairingInAsync(string zone)
    {
        var organiser = await api.SignUpAsync($"Organiser in {zone}");
        var created = await organiser.OkAsync(Create, new { input = new { name = $"Training in {zone}", kind = "TRAINING", timeZone = zone } }, "createOrganisation");
        var organisationId = created.GetProperty("organisation").GetProperty("id").GetString()!;
        await organiser.GrantAsync(created.GetProperty("membership").GetProperty("id").GetString()!, "ORGANISER");
        var (mentor, mentee) = (await api.SignUpAsync("Mo Mentor"), await api.SignUpAsync("Mae Mentee"));
        var paired = await organiser.OkAsync(Pair, new { input = new { organisationId, mentorId = mentor.Id, menteeIds = new[] { mentee.Id }, cadence = "MONTHLY", startsOn = "2027-01-10" } }, "pairMentor");
        Assert.Equal("2027-02-10", paired.GetProperty("mentoringPairing").GetProperty("nextDue").GetString());
        return (organiser, organisationId);
    }

    private static async Task<int> OverdueCountAsync((TestMember Organiser, string OrganisationId) pairing)
    {
        var result = (await pairing.Organiser.Client.PostAsync(Overdue, new { id = pairing.OrganisationId })).ShouldSucceed();
        var count = result.At("mentoringPairings.totalCount").GetInt32();
        // The list's filter and each pairing's own `overdue` field read the same calendar.
        Assert.All(result.At("mentoringPairings.nodes").EnumerateArray(), n => Assert.True(n.GetProperty("overdue").GetBoolean()));
        return count;
    }
}
