using System.Net;
using NodaTime;
using Timebank.Api.Tests.Features.Courses;
using Timebank.Api.Tests.Infrastructure;
using static Timebank.Api.Tests.Features.Courses.CourseScenario;

namespace Timebank.Api.Tests.Web;

/// <summary>A course organiser on the web: training, a cohort with its wait list, a one-page register, completion.</summary>
public sealed class CoursePagesTests(CoursesFactory api) : IClassFixture<CoursesFactory>
{
    private async Task<(TestOrganisation Training, TestMember Organiser, string CohortId, TestMember[] People)> CohortAsync(string name)
    {
        var (training, organiser) = await api.TrainingAsync(name);
        var courseId = (await organiser.OkAsync(CreateCourse, PeerBrokerCourse(training.Id, null, modules: 1), "createCourse")).GetProperty("course").GetProperty("id").GetString()!;
        var sessions = new[] { new { title = "Welcome session", start = (api.Clock.GetCurrentInstant() + Duration.FromHours(2)).ToString(), minutes = 90, modules = new[] { 1 } } };
        var cohortId = (await organiser.OkAsync(ScheduleCohort, new { input = new { courseId, capacity = 2, sessions } }, "scheduleCohort")).GetProperty("cohort").GetProperty("id").GetString()!;
        var people = new[] { await api.SignUpAsync("Ann"), await api.SignUpAsync("Bob"), await api.SignUpAsync("Cat") };
        foreach (var person in people)
            await person.OkAsync(Enrol, new { input = new { cohortId } }, "enrol");
        return (training, organiser, cohortId, people);
    }

    [Fact]
    public async Task An_organiser_takes_the_register_marks_completion_and_a_withdrawal_gives_the_place_to_the_first_waiting()
    {
        var (training, organiser, _, _) = await CohortAsync("Riverside Training");
        api.Clock.Advance(Duration.FromHours(3));
        var browser = await WebBrowser.SignedInAsync(api, organiser);

        var page = await browser.GetAsync((await browser.GetAsync("/home")).Link("Riverside Training"));
        Assert.Equal("Training", page.Heading);
        Assert.Contains("Peer brokerage | Peer broker | Enrol on a cohort", page.Rows);
        var cohort = await browser.GetAsync(page.Link("Peer brokerage"));
        Assert.Contains("Cat | Waiting: number 1 on the list | Withdraw Cat", cohort.Rows);
        Assert.Contains("Cat | Waiting: number 1 on the list | Withdraw Cat", cohort.Rows);
        Assert.Contains(cohort.Rows, r => r.Contains("| Welcome session | 1 hour 30 minutes | Not taken yet |", StringComparison.Ordinal));

        var early = await browser.SubmitAsync(cohort, "Mark as complete for Ann");
        Assert.Contains("Ann has not completed yet", Assert.Single(early.Errors).Message, StringComparison.Ordinal);

        var register = await browser.GetAsync(cohort.Link("Take the register"));
        Assert.Equal("Register: Welcome session", register.Heading);
        var empty = await browser.SubmitAsync(register, "Save the register");
        Assert.Equal([("#mark-0", "Mark at least one person present, late, excused or absent")], empty.Errors);
        var saved = await browser.SubmitAsync(register, "Save the register", new Dictionary<string, string>
        {
            ["Marks[0].Status"] = "PRESENT",
            ["Marks[0].WithSupporter"] = "true",
            ["Marks[1].Status"] = "ABSENT",
        });
        Assert.Contains("Register saved for Welcome session: 1 of 2 came.", saved.Words, StringComparison.Ordinal);
        Assert.Contains(saved.Rows, r => r.Contains("| 1 present, 0 late, 0 excused, 1 absent |", StringComparison.Ordinal));
        var again = await browser.GetAsync(register.Url.AbsolutePath);
        Assert.True(again.Document.QuerySelector("#mark-0")!.HasAttribute("checked"));
        Assert.True(again.Document.QuerySelector("#mark-1-absent")!.HasAttribute("checked"));
        Assert.True(again.Document.QuerySelector("#supporter-0")!.HasAttribute("checked"));

        var completed = await browser.SubmitAsync(saved, "Mark as complete for Ann");
        Assert.Contains("Ann has completed the course. They are now accredited: peer broker.", completed.Words, StringComparison.Ordinal);
        Assert.Contains(completed.Rows, r => r.StartsWith("Ann | Completed", StringComparison.Ordinal));
        var withdrawn = await browser.SubmitAsync(completed, "Withdraw Bob");
        Assert.Contains("Bob is withdrawn.", withdrawn.Words, StringComparison.Ordinal);
        Assert.Contains("Cat | Enrolled from the wait list | Mark as complete for Cat Withdraw Cat", withdrawn.Rows);
        Assert.Contains(withdrawn.Rows, r => r.StartsWith("Bob | Withdrawn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_participant_sees_the_sessions_but_not_who_else_is_enrolled_nor_the_register_and_an_outsider_sees_no_training()
    {
        var (training, organiser, cohortId, people) = await CohortAsync("Canal Training");
        var ann = await WebBrowser.SignedInAsync(api, people[0]);
        var cohort = await ann.GetAsync($"/cohorts/{Uri.EscapeDataString(cohortId)}");
        Assert.Equal(HttpStatusCode.OK, cohort.Status);
        Assert.Contains("Welcome session", cohort.Words, StringComparison.Ordinal);
        Assert.DoesNotContain("Bob", cohort.Text, StringComparison.Ordinal);
        Assert.Empty(cohort.Links("Take the register"));

        var keeper = await WebBrowser.SignedInAsync(api, organiser);
        var register = (await keeper.GetAsync($"/cohorts/{Uri.EscapeDataString(cohortId)}")).Link("Take the register");
        var refused = await ann.GetAsync(register);
        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
        Assert.DoesNotContain("Bob", refused.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await ann.GetAsync($"/training/{Uri.EscapeDataString(training.Id)}")).Status);

        var (_, _, otherCohort, _) = await CohortAsync("Other Training");
        var mixed = register.Replace(Uri.EscapeDataString(cohortId), Uri.EscapeDataString(otherCohort), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await keeper.GetAsync(mixed)).Status);
    }

    [Fact]
    public async Task A_mentor_sees_an_overdue_pairing_and_logs_a_meeting_after_checking_which_banks_the_hours_once()
    {
        var (training, organiser) = await api.TrainingAsync("Mentoring Training");
        var timebank = await api.TimebankAsync(members: 0);
        var (mentor, mentee) = (await api.SignUpAsync("Mo Mentor"), await api.SignUpAsync("Mae Mentee"));
        await mentor.JoinApprovedAsync(timebank.Organisation, timebank.Coordinator);
        var startsOn = api.Today();
        await organiser.OkAsync("mutation($input: PairMentorInput!) { pairMentor(input: $input) { mentoringPairing { id } errors { code } } }",
            new { input = new { organisationId = training.Id, mentorId = mentor.Id, menteeIds = new[] { mentee.Id }, cadence = "MONTHLY", startsOn, hoursTimebankId = timebank.Id } }, "pairMentor");
        api.Clock.Advance(Duration.FromDays(35));
        var mentoring = $"/training/{Uri.EscapeDataString(training.Id)}/mentoring";

        var keeper = await WebBrowser.SignedInAsync(api, organiser);
        var all = await keeper.GetAsync((await keeper.GetAsync($"/training/{Uri.EscapeDataString(training.Id)}")).Link("Mentoring: pairings due and overdue"));
        Assert.Contains("1 pairing is overdue for a meeting.", all.Words, StringComparison.Ordinal);
        Assert.Contains(all.Rows, r => r.StartsWith("Mo Mentor | Mae Mentee | Every month | Not yet | Overdue was due ", StringComparison.Ordinal));
        Assert.Empty(all.Links("Log a meeting"));

        await organiser.GrantAsync(await mentor.JoinApprovedAsync(training, organiser), "MENTOR");
        var mo = await WebBrowser.SignedInAsync(api, mentor);
        var moTraining = await mo.GetAsync($"/training/{Uri.EscapeDataString(training.Id)}");
        Assert.DoesNotContain("Cohorts", moTraining.Words, StringComparison.Ordinal);
        var form = await mo.GetAsync((await mo.GetAsync(moTraining.Link("Mentoring: pairings due and overdue"))).Link("Log a meeting"));
        Assert.Equal(HttpStatusCode.NotFound, (await keeper.GetAsync(form.Url.AbsolutePath)).Status);
        var empty = await mo.SubmitAsync(form, "Continue");
        Assert.Equal(["#date-day", "#hours", "#bankHours"], empty.Errors.Select(e => e.Target));
        // The day they met is the pairing's first (the web checks dates against the real calendar, the API against its clock).
        var today = DateOnly.ParseExact(startsOn, "yyyy-MM-dd", null);
        var check = await mo.SubmitAsync(form, "Continue", new Dictionary<string, string>
        {
            ["Day"] = today.Day.ToString(null, null),
            ["Month"] = today.Month.ToString(null, null),
            ["Year"] = today.Year.ToString(null, null),
            ["Hours"] = "1",
            ["Minutes"] = "0",
            ["Notes"] = "Talked through a first brokerage",
            ["BankHours"] = "yes",
        });
        Assert.Equal("Check your answers before logging the meeting", check.Heading);
        Assert.Contains("Mo Mentor banks 1 hour in Riverside Timebank when you log it.", check.Words, StringComparison.Ordinal);
        var values = WebBrowser.FormValues(check.Form());
        var logged = await mo.SubmitAsync(check, "Log meeting");
        await mo.PostAsync(check.Url.AbsolutePath + "?handler=Log", values);

        Assert.Contains("Meeting logged: 1 hour on", logged.Words, StringComparison.Ordinal);
        Assert.Contains("Mo Mentor banked the hours in Riverside Timebank.", logged.Words, StringComparison.Ordinal);
        var met = today.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(logged.Rows, r => r.StartsWith($"Mo Mentor | Mae Mentee | Every month | {met} |", StringComparison.Ordinal));
        Assert.Equal(60, await mentor.PostedAsync(timebank));
        var seenByMentee = await (await WebBrowser.SignedInAsync(api, mentee)).GetAsync(mentoring);
        Assert.Contains(seenByMentee.Rows, r => r.StartsWith($"Mo Mentor | Mae Mentee | Every month | {met} |", StringComparison.Ordinal));
        var outsider = await WebBrowser.SignedInAsync(api, await api.SignUpAsync("Olly Outsider"));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(form.Url.AbsolutePath)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(mentoring)).Status);
    }
}
