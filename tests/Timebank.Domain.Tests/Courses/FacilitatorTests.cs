using Timebank.Domain.Courses;
using static Timebank.Domain.Tests.Courses.TrainingOrganisation;

namespace Timebank.Domain.Tests.Courses;

public sealed class FacilitatorTests
{
    private readonly TrainingOrganisation _org = new();

    [Fact]
    public void A_facilitator_without_the_accreditation_the_course_asks_for_is_refused()
    {
        var enablers = _org.EnablerCourse();
        var dee = NewPerson("Dee");

        var error = Refusal(() => _org.Schedule(enablers, 6, facilitators: [new FacilitatorPlan(dee)]));

        Assert.IsType<FacilitatorNotAccredited>(error);
        Assert.Equal("Dee cannot facilitate this course: its facilitators must hold the support planning champion accreditation.", error.Message);
    }

    [Fact]
    public void A_champion_who_completed_the_course_may_facilitate_the_enabler_course()
    {
        var champions = _org.ChampionCourse();
        var cohort = _org.Schedule(champions, 6, [.. WeeklySessions(champions, At(Local(2026, 2, 3, 10)))]);
        var cara = NewPerson("Cara");
        cohort.Enrol(champions, cara, Self(cara), null, null, _org.Now);
        foreach (var session in cohort.Sessions)
        {
            _org.AfterSession(session);
            cohort.RecordAttendance(_org.Organiser, session.Id, [new AttendanceEntry(cara, AttendanceStatus.Present)], _org.Now);
        }
        var championship = cohort.Complete(champions, _org.Organiser, cara, NothingElsewhere, _org.Now);

        var enablers = _org.EnablerCourse();
        var sessions = WeeklySessions(enablers, _org.Now + NodaTime.Duration.FromDays(7));
        var next = _org.Schedule(enablers, 6, sessions, [new FacilitatorPlan(cara)], [championship]);

        Assert.True(next.Facilitates(cara.Id));
    }

    [Fact]
    public void An_accreditation_of_another_kind_or_person_does_not_count()
    {
        var enablers = _org.EnablerCourse();
        var dee = NewPerson("Dee");
        var someoneElse = Accreditation.RecordEarnedElsewhere(_org.Organisation.Id, _org.Organiser, NewPerson("Eve").Id,
            AccreditationKind.SupportPlanningChampion, new NodaTime.LocalDate(2025, 6, 1), "Champion training, Coventry", new NodaTime.LocalDate(2026, 1, 5), _org.Now);
        var wrongKind = Accreditation.RecordEarnedElsewhere(_org.Organisation.Id, _org.Organiser, dee.Id,
            AccreditationKind.PeerBroker, new NodaTime.LocalDate(2025, 6, 1), "Peer broker course, Lambeth", new NodaTime.LocalDate(2026, 1, 5), _org.Now);

        Assert.IsType<FacilitatorNotAccredited>(Refusal(() => _org.Schedule(enablers, 6, facilitators: [new FacilitatorPlan(dee)], accreditations: [someoneElse, wrongKind])));
    }

    [Fact]
    public void Changing_facilitators_checks_them_too_and_changes_nothing_when_refused()
    {
        var enablers = _org.EnablerCourse();
        var eve = NewPerson("Eve");
        var eveChampion = Accreditation.RecordEarnedElsewhere(_org.Organisation.Id, _org.Organiser, eve.Id,
            AccreditationKind.SupportPlanningChampion, new NodaTime.LocalDate(2025, 6, 1), "Champion training, Coventry", new NodaTime.LocalDate(2026, 1, 5), _org.Now);
        var cohort = _org.Schedule(enablers, 6, facilitators: [new FacilitatorPlan(eve)], accreditations: [eveChampion]);

        var error = Refusal(() => cohort.ChangeFacilitators(_org.Organiser, enablers, [new FacilitatorPlan(eve), new FacilitatorPlan(NewPerson("Fin"))], [eveChampion]));

        Assert.Equal("Fin cannot facilitate this course: its facilitators must hold the support planning champion accreditation.", error.Message);
        Assert.Equal([eve.Id], cohort.Facilitators.Select(f => f.MemberId));
    }

    [Fact]
    public void A_facilitator_is_named_once()
    {
        var dee = NewPerson("Dee");

        Assert.IsType<ValidationFailed>(Refusal(() => _org.Schedule(_org.PeerBrokerCourse(), 6, facilitators: [new FacilitatorPlan(dee), new FacilitatorPlan(dee, BanksHours: false)])));
    }
}
