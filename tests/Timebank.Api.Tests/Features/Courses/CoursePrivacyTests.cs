using NodaTime;
using Timebank.Api.Tests.Infrastructure;
using static Timebank.Api.Tests.Features.Courses.CourseScenario;

namespace Timebank.Api.Tests.Features.Courses;

/// <summary>Each reader sees what is theirs: organisers their own organisation's courses, the pair its notes, a member their own enrolments and accreditations.</summary>
public sealed class CoursePrivacyTests(CoursesFactory api) : IClassFixture<CoursesFactory>
{
    [Fact]
    public async Task An_organiser_of_another_organisation_cannot_manage_or_read_the_dashboard_of_this_ones_courses()
    {
        var (training, organiser) = await api.TrainingAsync();
        var (_, other) = await api.TrainingAsync("Elsewhere Training");
        var courseId = (await organiser.OkAsync(CreateCourse, PeerBrokerCourse(training.Id, null, modules: 1), "createCourse")).GetProperty("course").GetProperty("id").GetString()!;
        var sessions = new[] { new { title = "One", start = (api.Clock.GetCurrentInstant() + Duration.FromDays(1)).ToString(), minutes = 60 } };

        Assert.Equal(["NOT_FOUND"], await other.RefusedAsync(CreateCourse, PeerBrokerCourse(training.Id, null), "createCourse"));
        Assert.Equal(["NOT_ALLOWED"], await other.RefusedAsync(ScheduleCohort, new { input = new { courseId, capacity = 5, sessions } }, "scheduleCohort"));
        Assert.Equal(["NOT_ALLOWED"], (await other.Client.PostAsync("query($id: ID!) { cohorts(filter: { organisationId: $id }) { totalCount } }", new { id = training.Id })).ErrorCodes);
        Assert.Equal(["NOT_ALLOWED"], (await other.Client.PostAsync("query($id: ID!) { courseReport(courseId: $id) { runs } }", new { id = courseId })).ErrorCodes);
        Assert.Equal(["NOT_ALLOWED"], (await other.Client.PostAsync("query($id: ID!) { accreditations(filter: { organisationId: $id }) { totalCount } }", new { id = training.Id })).ErrorCodes);
    }

    [Fact]
    public async Task A_member_sees_their_own_enrolments_and_accreditations_and_not_who_else_is_enrolled()
    {
        var (training, organiser) = await api.TrainingAsync();
        var courseId = (await organiser.OkAsync(CreateCourse, PeerBrokerCourse(training.Id, null, modules: 1), "createCourse")).GetProperty("course").GetProperty("id").GetString()!;
        var sessions = new[] { new { title = "One", start = (api.Clock.GetCurrentInstant() + Duration.FromDays(1)).ToString(), minutes = 60, modules = new[] { 1 } } };
        var cohortId = (await organiser.OkAsync(ScheduleCohort, new { input = new { courseId, capacity = 5, sessions } }, "scheduleCohort")).GetProperty("cohort").GetProperty("id").GetString()!;
        var (ann, bob) = (await api.SignUpAsync("Ann"), await api.SignUpAsync("Bob"));
        await ann.OkAsync(Enrol, new { input = new { cohortId } }, "enrol");
        await bob.OkAsync(Enrol, new { input = new { cohortId } }, "enrol");
        await organiser.OkAsync("mutation($input: RecordAccreditationInput!) { recordAccreditation(input: $input) { accreditation { id } errors { code } } }",
            new { input = new { organisationId = training.Id, memberId = ann.Id, kind = "PEER_BROKER", awardedOn = "2024-05-01", source = "Peer brokerage course elsewhere" } }, "recordAccreditation");

        var mine = (await ann.Client.PostAsync("{ me { enrolments { totalCount } accreditations { nodes { kind sourceDescription } } } }")).ShouldSucceed();
        Assert.Equal(1, mine.At("me.enrolments.totalCount").GetInt32());
        Assert.Equal("PEER_BROKER", mine.Text("me.accreditations.nodes.0.kind"));
        var asBob = (await bob.Client.PostAsync("query($id: ID!) { cohort(id: $id) { enrolments { totalCount } viewerEnrolment { member { displayName } } } }", new { id = cohortId })).ShouldSucceed();
        Assert.Equal("null", asBob.At("cohort.enrolments").GetRawText());
        Assert.Equal("Bob", asBob.Text("cohort.viewerEnrolment.member.displayName"));
        var asOrganiser = (await organiser.Client.PostAsync("query($id: ID!) { accreditations(filter: { organisationId: $id }) { nodes { member { accreditations { totalCount } enrolments { totalCount } } } } }", new { id = training.Id })).ShouldSucceed();
        Assert.Equal("null", asOrganiser.At("accreditations.nodes.0.member.accreditations").GetRawText());
        Assert.Equal("null", asOrganiser.At("accreditations.nodes.0.member.enrolments").GetRawText());
    }

    [Fact]
    public async Task A_sessions_register_names_people_only_to_its_organisers_and_a_pairing_is_refetched_only_by_its_pair_and_organisers()
    {
        var (training, organiser) = await api.TrainingAsync();
        var courseId = (await organiser.OkAsync(CreateCourse, PeerBrokerCourse(training.Id, null, modules: 1), "createCourse")).GetProperty("course").GetProperty("id").GetString()!;
        var sessions = new[] { new { title = "One", start = (api.Clock.GetCurrentInstant() + Duration.FromMinutes(30)).ToString(), minutes = 60, modules = new[] { 1 } } };
        var cohort = await organiser.OkAsync(ScheduleCohort, new { input = new { courseId, capacity = 5, sessions } }, "scheduleCohort");
        var (cohortId, sessionId) = (cohort.GetProperty("cohort").GetProperty("id").GetString()!, cohort.GetProperty("cohort").GetProperty("sessions")[0].GetProperty("id").GetString()!);
        var (ann, bob) = (await api.SignUpAsync("Ann"), await api.SignUpAsync("Bob"));
        await ann.OkAsync(Enrol, new { input = new { cohortId } }, "enrol");
        await bob.OkAsync(Enrol, new { input = new { cohortId } }, "enrol");
        api.Clock.Advance(Duration.FromHours(1));
        await organiser.OkAsync(RecordAttendance, new { input = new { sessionId, entries = new[] { new { memberId = ann.Id, status = "PRESENT", withSupporter = true }, new { memberId = bob.Id, status = "ABSENT", withSupporter = false } } } }, "recordAttendance");
        const string Register = "query($id: ID!) { cohort(id: $id) { sessions { register { member { displayName } status withSupporter } } } }";

        var kept = (await organiser.Client.PostAsync(Register, new { id = cohortId })).ShouldSucceed();
        Assert.Equal("Ann", kept.Text("cohort.sessions.0.register.0.member.displayName"));
        Assert.Equal("PRESENT", kept.Text("cohort.sessions.0.register.0.status"));
        Assert.True(kept.At("cohort.sessions.0.register.0.withSupporter").GetBoolean());
        Assert.Equal("null", (await ann.Client.PostAsync(Register, new { id = cohortId })).ShouldSucceed().At("cohort.sessions.0.register").GetRawText());

        var (mentor, mentee, outsider) = (await api.SignUpAsync("Mentor"), await api.SignUpAsync("Mentee"), await api.SignUpAsync("Outsider"));
        var pairing = (await organiser.OkAsync("mutation($input: PairMentorInput!) { pairMentor(input: $input) { mentoringPairing { id } errors { code } } }",
            new { input = new { organisationId = training.Id, mentorId = mentor.Id, menteeIds = new[] { mentee.Id }, cadence = "MONTHLY", startsOn = api.Today() } }, "pairMentor")).GetProperty("mentoringPairing").GetProperty("id").GetString()!;
        const string Node = "query($id: ID!) { node(id: $id) { ... on MentoringPairing { mentor { displayName } hoursTimebank { id } } } }";
        foreach (var who in new[] { organiser, mentor, mentee })
            Assert.Equal("Mentor", (await who.Client.PostAsync(Node, new { id = pairing })).ShouldSucceed().Text("node.mentor.displayName"));
        Assert.Equal("null", (await outsider.Client.PostAsync(Node, new { id = pairing })).ShouldSucceed().At("node").GetRawText());
    }

    [Fact]
    public async Task A_pairings_meeting_notes_are_the_pairs_alone_not_the_organisers()
    {
        var (training, organiser) = await api.TrainingAsync();
        var (mentor, mentee, outsider) = (await api.SignUpAsync("Mentor"), await api.SignUpAsync("Mentee"), await api.SignUpAsync("Outsider"));
        var today = api.Clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date.ToString("yyyy-MM-dd", null);
        var pairing = (await organiser.OkAsync("mutation($input: PairMentorInput!) { pairMentor(input: $input) { mentoringPairing { id } errors { code } } }",
            new { input = new { organisationId = training.Id, mentorId = mentor.Id, menteeIds = new[] { mentee.Id }, cadence = "MONTHLY", startsOn = today } }, "pairMentor")).GetProperty("mentoringPairing").GetProperty("id").GetString()!;
        const string Log = "mutation($input: LogMentoringMeetingInput!) { logMentoringMeeting(input: $input) { mentoringMeeting { notes } errors { code } } }";
        await mentor.OkAsync(Log, new { input = new { pairingId = pairing, date = today, minutes = 60, notes = "Talked through a first brokerage" } }, "logMentoringMeeting");
        const string Notes = "query($id: ID!) { mentoringPairings(filter: { organisationId: $id }) { nodes { meetings { notes } } } }";

        Assert.Equal("Talked through a first brokerage", (await mentee.Client.PostAsync(Notes, new { id = training.Id })).ShouldSucceed().Text("mentoringPairings.nodes.0.meetings.0.notes"));
        var seenByOrganiser = (await organiser.Client.PostAsync(Notes, new { id = training.Id })).ShouldSucceed();
        Assert.Null(seenByOrganiser.Text("mentoringPairings.nodes.0.meetings.0.notes"));
        Assert.Equal(0, (await outsider.Client.PostAsync(Notes, new { id = training.Id })).ShouldSucceed().At("mentoringPairings.nodes").GetArrayLength());
        Assert.Equal(["NOT_FOUND"], await outsider.RefusedAsync(Log, new { input = new { pairingId = pairing, date = today, minutes = 60 } }, "logMentoringMeeting"));
    }
}
