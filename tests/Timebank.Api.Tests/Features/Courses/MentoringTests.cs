using Timebank.Api.Tests.Infrastructure;
using static Timebank.Api.Tests.Features.Courses.CourseScenario;

namespace Timebank.Api.Tests.Features.Courses;

/// <summary>Ending a pairing, and a meeting that credits the mentor: paid once however often the same request is sent.</summary>
public sealed class MentoringTests(CoursesFactory api) : IClassFixture<CoursesFactory>
{
    private const string Pair = "mutation($input: PairMentorInput!) { pairMentor(input: $input) { mentoringPairing { id } errors { code message } } }";
    private const string End = "mutation($input: EndPairingInput!) { endPairing(input: $input) { mentoringPairing { endedOn nextDue } errors { code message } } }";
    private const string Log = "mutation($input: LogMentoringMeetingInput!) { logMentoringMeeting(input: $input) { mentoringMeeting { id minutes creditsMentor } errors { code message } } }";
    private const string Meetings = "query($id: ID!) { mentoringPairings(filter: { organisationId: $id }) { nodes { endedOn nextDue meetings { id minutes } } } }";

    private async Task<(TestMember Organiser, TestMember Mentor, TestMember Mentee, string PairingId, TestTimebank Timebank, string TrainingId)> PairedAsync(bool withTimebank = true)
    {
        var (training, organiser) = await api.TrainingAsync();
        var timebank = await api.TimebankAsync(members: 0);
        var (mentor, mentee) = (await api.SignUpAsync("Mo Mentor"), await api.SignUpAsync("Mae Mentee"));
        await mentor.JoinApprovedAsync(timebank.Organisation, timebank.Coordinator);
        var startsOn = api.Today();
        var pairing = await organiser.OkAsync(Pair, new { input = new { organisationId = training.Id, mentorId = mentor.Id, menteeIds = new[] { mentee.Id }, cadence = "MONTHLY", startsOn, hoursTimebankId = withTimebank ? timebank.Id : null } }, "pairMentor");
        return (organiser, mentor, mentee, pairing.GetProperty("mentoringPairing").GetProperty("id").GetString()!, timebank, training.Id);
    }

    [Fact]
    public async Task The_mentor_ends_a_pairing_once_on_a_day_between_its_start_and_today_and_a_mentee_cannot()
    {
        var (organiser, mentor, mentee, pairingId, _, trainingId) = await PairedAsync();
        api.Clock.AdvanceDays(10);
        var start = NodaTime.Text.LocalDatePattern.Iso.Parse(api.Today()).Value.PlusDays(-10);

        Assert.Equal(["NOT_ALLOWED"], await mentee.RefusedAsync(End, new { input = new { pairingId, endedOn = api.Today() } }, "endPairing"));
        Assert.Equal(["VALIDATION_FAILED"], await mentor.RefusedAsync(End, new { input = new { pairingId, endedOn = start.PlusDays(-1).ToString("yyyy-MM-dd", null) } }, "endPairing"));
        Assert.Equal(["VALIDATION_FAILED"], await mentor.RefusedAsync(End, new { input = new { pairingId, endedOn = start.PlusDays(11).ToString("yyyy-MM-dd", null) } }, "endPairing"));
        Assert.Equal(["DATE_NOT_RECOGNISED"], await mentor.RefusedAsync(End, new { input = new { pairingId, endedOn = "next Tuesday" } }, "endPairing"));
        Assert.NotNull((await organiser.Client.PostAsync(Meetings, new { id = trainingId })).ShouldSucceed().Text("mentoringPairings.nodes.0.nextDue"));

        var endedOn = start.PlusDays(5).ToString("yyyy-MM-dd", null);
        var ended = await mentor.OkAsync(End, new { input = new { pairingId, endedOn } }, "endPairing");
        Assert.Equal(endedOn, ended.GetProperty("mentoringPairing").GetProperty("endedOn").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, ended.GetProperty("mentoringPairing").GetProperty("nextDue").ValueKind);
        Assert.Equal(["PAIRING_ENDED"], await organiser.RefusedAsync(End, new { input = new { pairingId, endedOn = api.Today() } }, "endPairing"));
        Assert.Equal(["PAIRING_ENDED"], await mentee.RefusedAsync(Log, new { input = new { pairingId, date = api.Today(), minutes = 60 } }, "logMentoringMeeting"));
        await mentee.OkAsync(Log, new { input = new { pairingId, date = start.PlusDays(2).ToString("yyyy-MM-dd", null), minutes = 60 } }, "logMentoringMeeting");
    }

    [Fact]
    public async Task A_meeting_that_credits_the_mentor_sent_again_with_the_same_key_is_logged_and_paid_once()
    {
        var (_, mentor, mentee, pairingId, timebank, trainingId) = await PairedAsync();
        var meeting = new { input = new { pairingId, date = api.Today(), minutes = 45, notes = "Talked through the first plan", creditMentor = true, idempotencyKey = "meeting-1" } };

        var first = await mentee.OkAsync(Log, meeting, "logMentoringMeeting");
        var again = await mentee.OkAsync(Log, meeting, "logMentoringMeeting");

        Assert.Equal(first.GetProperty("mentoringMeeting").GetProperty("id").GetString(), again.GetProperty("mentoringMeeting").GetProperty("id").GetString());
        Assert.Equal(45, (await mentor.AccountAsync(timebank)).GetProperty("posted").GetInt64());
        Assert.Equal(1, (await mentor.Client.PostAsync(Meetings, new { id = trainingId })).ShouldSucceed().At("mentoringPairings.nodes.0.meetings").GetArrayLength());
        var changed = new { input = new { pairingId, date = api.Today(), minutes = 90, notes = "Talked through the first plan", creditMentor = true, idempotencyKey = "meeting-1" } };
        Assert.Equal(["IDEMPOTENCY_KEY_REUSED"], await mentee.RefusedAsync(Log, changed, "logMentoringMeeting"));
        Assert.Equal(45, (await mentor.AccountAsync(timebank)).GetProperty("posted").GetInt64());
    }

    [Fact]
    public async Task Crediting_a_mentor_when_the_pairing_names_no_timebank_is_refused_and_logs_nothing()
    {
        var (_, mentor, mentee, pairingId, _, trainingId) = await PairedAsync(withTimebank: false);

        Assert.Equal(["NO_TIMEBANK_FOR_HOURS"], await mentee.RefusedAsync(Log, new { input = new { pairingId, date = api.Today(), minutes = 45, creditMentor = true } }, "logMentoringMeeting"));
        Assert.Equal(["NOT_FOUND"], await (await api.SignUpAsync("Stranger")).RefusedAsync(Log, new { input = new { pairingId, date = api.Today(), minutes = 45 } }, "logMentoringMeeting"));
        Assert.Equal(0, (await mentor.Client.PostAsync(Meetings, new { id = trainingId })).ShouldSucceed().At("mentoringPairings.nodes.0.meetings").GetArrayLength());
    }
}
