using Timebank.Api.Tests.Infrastructure;
using static Timebank.Api.Tests.Features.Courses.CourseScenario;

namespace Timebank.Api.Tests.Features.Courses;

/// <summary>Practice after a course (a placement, a first Planning Live session) recorded against the accreditation, and who sees it.</summary>
public sealed class PracticeTests(CoursesFactory api) : IClassFixture<CoursesFactory>
{
    private const string Accredit = "mutation($input: RecordAccreditationInput!) { recordAccreditation(input: $input) { accreditation { id } errors { code } } }";
    private const string Practise = "mutation($input: RecordAccreditationPracticeInput!) { recordAccreditationPractice(input: $input) { accreditationPractice { on what minutes recordedBy { displayName } } errors { code message } } }";
    private const string OwnPractice = "{ me { accreditations { nodes { kind practice { on what minutes } } } } }";
    private const string Listed = "query($id: ID!) { accreditations(filter: { organisationId: $id }) { nodes { practice { what recordedBy { displayName } } } } }";

    [Fact]
    public async Task The_holder_and_the_organiser_record_practice_against_it_and_bad_dates_lengths_and_strangers_are_refused()
    {
        var (training, organiser) = await api.TrainingAsync();
        var champion = await api.SignUpAsync("Chris Champion");
        var awardedOn = api.Today();
        var accredited = await organiser.OkAsync(Accredit, new { input = new { organisationId = training.Id, memberId = champion.Id, kind = "SUPPORT_PLANNING_CHAMPION", awardedOn, source = "Champion training at the council" } }, "recordAccreditation");
        var accreditationId = accredited.GetProperty("accreditation").GetProperty("id").GetString()!;
        api.Clock.AdvanceDays(3);
        var placementOn = api.Today();

        var placement = await champion.OkAsync(Practise, new { input = new { accreditationId, on = placementOn, what = "A volunteer placement at the carers' centre", minutes = 180 } }, "recordAccreditationPractice");
        Assert.Equal("Chris Champion", placement.GetProperty("accreditationPractice").GetProperty("recordedBy").GetProperty("displayName").GetString());
        await organiser.OkAsync(Practise, new { input = new { accreditationId, on = placementOn, what = "Co-facilitated a first Planning Live session" } }, "recordAccreditationPractice");

        var tomorrow = NodaTime.Text.LocalDatePattern.Iso.Parse(placementOn).Value.PlusDays(1).ToString("yyyy-MM-dd", null);
        var beforeAward = NodaTime.Text.LocalDatePattern.Iso.Parse(awardedOn).Value.PlusDays(-1).ToString("yyyy-MM-dd", null);
        Assert.Equal(["VALIDATION_FAILED"], await champion.RefusedAsync(Practise, new { input = new { accreditationId, on = tomorrow, what = "Not yet" } }, "recordAccreditationPractice"));
        Assert.Equal(["VALIDATION_FAILED"], await champion.RefusedAsync(Practise, new { input = new { accreditationId, on = beforeAward, what = "Before the course" } }, "recordAccreditationPractice"));
        Assert.Equal(["VALIDATION_FAILED"], await champion.RefusedAsync(Practise, new { input = new { accreditationId, on = placementOn, what = "Nothing long", minutes = 0 } }, "recordAccreditationPractice"));
        Assert.Equal(["VALIDATION_FAILED"], await champion.RefusedAsync(Practise, new { input = new { accreditationId, on = placementOn, what = "  " } }, "recordAccreditationPractice"));
        // Someone else, even a member of the same organisation, is told there is no such accreditation.
        var colleague = await api.SignUpAsync("Col League");
        await colleague.JoinApprovedAsync(training, organiser);
        Assert.Equal(["NOT_FOUND"], await colleague.RefusedAsync(Practise, new { input = new { accreditationId, on = placementOn, what = "Not mine to record" } }, "recordAccreditationPractice"));

        var own = (await champion.Client.PostAsync(OwnPractice)).ShouldSucceed().At("me.accreditations.nodes.0.practice");
        Assert.Equal(["A volunteer placement at the carers' centre", "Co-facilitated a first Planning Live session"], own.EnumerateArray().Select(p => p.GetProperty("what").GetString()!).Order().ToArray());
        Assert.Equal(180, own.EnumerateArray().Single(p => p.GetProperty("minutes").ValueKind == System.Text.Json.JsonValueKind.Number).GetProperty("minutes").GetInt32());
        var listed = (await organiser.Client.PostAsync(Listed, new { id = training.Id })).ShouldSucceed().At("accreditations.nodes.0.practice");
        Assert.Equal(2, listed.GetArrayLength());
    }
}
