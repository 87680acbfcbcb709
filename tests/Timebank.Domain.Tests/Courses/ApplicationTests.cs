using Timebank.Domain.Courses;
using static Timebank.Domain.Tests.Courses.TrainingOrganisation;

namespace Timebank.Domain.Tests.Courses;

public sealed class ApplicationTests
{
    private readonly TrainingOrganisation _org = new();
    private readonly Course _course;
    private readonly Cohort _cohort;
    private readonly Person _ann = NewPerson("Ann");

    public ApplicationTests()
    {
        _course = _org.PeerBrokerCourse(enrolment: EnrolmentMode.Applications);
        _cohort = _org.Schedule(_course, capacity: 6);
    }

    private CourseApplication Apply(IEnumerable<CourseApplication>? earlier = null)
        => CourseApplication.Apply(_course, _ann.Id, "I used a personal budget for six years and want to help others.", earlier ?? [], _org.Now);

    [Fact]
    public void Without_an_accepted_application_a_person_cannot_enrol_themselves()
    {
        var pending = Apply();

        Assert.Equal("This course takes applications: Ann needs an accepted application to enrol.",
            Refusal(() => _cohort.Enrol(_course, _ann, Self(_ann), pending, null, _org.Now)).Message);
        Assert.Empty(_cohort.Enrolments);
    }

    [Fact]
    public void An_accepted_applicant_enrols_and_sees_the_note()
    {
        var application = Apply();

        application.Accept(_org.Organiser, "Welcome: bring your own plan if you like.", _org.Now);
        var enrolment = _cohort.Enrol(_course, _ann, Self(_ann), application, null, _org.Now);

        Assert.Equal(EnrolmentStatus.Enrolled, enrolment.Status);
        Assert.Equal("Welcome: bring your own plan if you like.", application.Note);
        Assert.Equal(_org.Organiser.Member, application.DecidedBy);
    }

    [Fact]
    public void Someone_elses_acceptance_does_not_count()
    {
        var bob = NewPerson("Bob");
        var bobs = CourseApplication.Apply(_course, bob.Id, "Me too.", [], _org.Now);
        bobs.Accept(_org.Organiser, null, _org.Now);

        Assert.IsType<ApplicationRequired>(Refusal(() => _cohort.Enrol(_course, _ann, Self(_ann), bobs, null, _org.Now)));
    }

    [Fact]
    public void Declining_needs_a_note_and_a_decision_is_made_once()
    {
        var application = Apply();

        Assert.Equal("note: must not be blank", Refusal(() => application.Decline(_org.Organiser, " ", _org.Now)).Message);
        Assert.Equal(ApplicationStatus.Pending, application.Status);
        application.Decline(_org.Organiser, "The next run suits your dates better.", _org.Now);
        Assert.Equal("This application has already been declined.", Refusal(() => application.Accept(_org.Organiser, null, _org.Now)).Message);
    }

    [Fact]
    public void One_open_application_per_person_but_a_new_one_after_a_decline()
    {
        var first = Apply();

        Assert.IsType<AlreadyApplied>(Refusal(() => Apply([first])));
        first.Decline(_org.Organiser, "Not this time.", _org.Now);
        Assert.Equal(ApplicationStatus.Pending, Apply([first]).Status);
    }

    [Fact]
    public void Only_an_organiser_decides_and_an_open_course_takes_no_applications()
    {
        var application = Apply();

        Assert.IsType<NotAllowed>(Refusal(() => application.Accept(Self(_ann), null, _org.Now)));
        Assert.IsType<NotTakingApplications>(Refusal(() => CourseApplication.Apply(_org.ChampionCourse(), _ann.Id, "Please", [], _org.Now)));
        Assert.Equal("statement: must not be blank", Refusal(() => CourseApplication.Apply(_course, _ann.Id, "", [], _org.Now)).Message);
    }

    [Fact]
    public void An_organiser_enrolling_someone_decides_for_them()
        => Assert.Equal(EnrolmentStatus.Enrolled, _cohort.Enrol(_course, _ann, _org.Organiser, null, null, _org.Now).Status);
}
