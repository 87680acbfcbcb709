using NodaTime;
using Timebank.Domain.Courses;
using static Timebank.Domain.Tests.Courses.TrainingOrganisation;

namespace Timebank.Domain.Tests.Courses;

public sealed class EnrolmentTests
{
    private readonly TrainingOrganisation _org = new();
    private readonly Course _course;
    private readonly Cohort _cohort;

    public EnrolmentTests()
    {
        _course = _org.ChampionCourse();
        _cohort = _org.Schedule(_course, capacity: 2);
    }

    private Enrolment EnrolSelf(Person person) => _cohort.Enrol(_course, person, Self(person), null, null, _org.Now);

    [Fact]
    public void People_beyond_the_capacity_wait_in_the_order_they_asked()
    {
        var (ann, bob, cat, dan) = (NewPerson("Ann"), NewPerson("Bob"), NewPerson("Cat"), NewPerson("Dan"));

        var statuses = new[] { ann, bob, cat, dan }.Select(p => EnrolSelf(p).Status).ToList();

        Assert.Equal([EnrolmentStatus.Enrolled, EnrolmentStatus.Enrolled, EnrolmentStatus.Waiting, EnrolmentStatus.Waiting], statuses);
        Assert.Equal(2, _cohort.PlacesTaken);
        Assert.Equal(1, _cohort.WaitListPosition(cat.Id));
        Assert.Equal(2, _cohort.WaitListPosition(dan.Id));
        Assert.Null(_cohort.WaitListPosition(ann.Id));
    }

    [Fact]
    public void A_withdrawal_promotes_the_first_waiting_and_they_can_see_it()
    {
        var (ann, bob, cat, dan) = (NewPerson("Ann"), NewPerson("Bob"), NewPerson("Cat"), NewPerson("Dan"));
        foreach (var person in new[] { ann, bob, cat, dan })
            EnrolSelf(person);
        _org.Clock.AdvanceDays(3);

        var promoted = _cohort.Withdraw(bob, Self(bob), _org.Now);

        var catsPlace = Assert.Single(promoted);
        Assert.Equal(cat.Id, catsPlace.MemberId);
        Assert.Equal(EnrolmentStatus.Enrolled, catsPlace.Status);
        Assert.Equal(_org.Now, catsPlace.PromotedAt);
        Assert.Equal(_org.Now, catsPlace.PlaceTakenAt);
        Assert.Equal(1, _cohort.WaitListPosition(dan.Id));
        Assert.Equal(EnrolmentStatus.Withdrawn, _cohort.Enrolments.Single(e => e.MemberId == bob.Id).Status);
        Assert.Null(_cohort.EnrolmentOf(ann.Id)!.PromotedAt);
    }

    [Fact]
    public void Leaving_the_wait_list_promotes_nobody()
    {
        var (ann, bob, cat) = (NewPerson("Ann"), NewPerson("Bob"), NewPerson("Cat"));
        foreach (var person in new[] { ann, bob, cat })
            EnrolSelf(person);

        Assert.Empty(_cohort.Withdraw(cat, Self(cat), _org.Now));
        Assert.Equal(2, _cohort.PlacesTaken);
    }

    [Fact]
    public void Raising_the_capacity_promotes_in_order()
    {
        List<Person> people = [NewPerson("Ann"), NewPerson("Bob"), NewPerson("Cat"), NewPerson("Dan"), NewPerson("Eve")];
        people.ForEach(p => EnrolSelf(p));

        var promoted = _cohort.ChangeCapacity(_org.Organiser, 4, _org.Now);

        Assert.Equal([people[2].Id, people[3].Id], promoted.Select(e => e.MemberId));
        Assert.Equal(1, _cohort.WaitListPosition(people[4].Id));
    }

    [Fact]
    public void The_capacity_cannot_go_below_the_people_holding_a_place()
    {
        var cohort = _org.Schedule(_course, capacity: 6);
        foreach (var person in new[] { NewPerson("Ann"), NewPerson("Bob"), NewPerson("Cat") })
            cohort.Enrol(_course, person, Self(person), null, null, _org.Now);

        var error = Refusal(() => cohort.ChangeCapacity(_org.Organiser, 2, _org.Now));

        Assert.Equal("3 people already hold a place, so the capacity cannot be 2.", error.Message);
        Assert.Equal(6, cohort.Capacity);
    }

    [Fact]
    public void Enrolling_twice_is_refused_whether_enrolled_or_waiting()
    {
        var (ann, bob, cat) = (NewPerson("Ann"), NewPerson("Bob"), NewPerson("Cat"));
        foreach (var person in new[] { ann, bob, cat })
            EnrolSelf(person);

        Assert.Equal("Ann is already enrolled in this cohort.", Refusal(() => EnrolSelf(ann)).Message);
        Assert.Equal("Cat is already on this cohort's wait list.", Refusal(() => EnrolSelf(cat)).Message);
        Assert.Equal(3, _cohort.Enrolments.Count);
    }

    [Fact]
    public void Someone_who_withdrew_may_enrol_again_at_the_back_of_the_queue()
    {
        var (ann, bob, cat) = (NewPerson("Ann"), NewPerson("Bob"), NewPerson("Cat"));
        foreach (var person in new[] { ann, bob, cat })
            EnrolSelf(person);
        _cohort.Withdraw(ann, Self(ann), _org.Now);

        var again = EnrolSelf(ann);

        Assert.Equal(EnrolmentStatus.Waiting, again.Status);
        Assert.Equal(1, _cohort.WaitListPosition(ann.Id));
    }

    [Fact]
    public void An_organiser_enrols_someone_else_and_a_plain_member_cannot()
    {
        var (ann, bob) = (NewPerson("Ann"), NewPerson("Bob"));

        var byOrganiser = _cohort.Enrol(_course, ann, _org.Organiser, null, "Jo, support worker", _org.Now);

        Assert.Equal(_org.Organiser.Member, byOrganiser.EnrolledBy);
        Assert.Equal("Jo, support worker", byOrganiser.Supporter);
        Assert.IsType<NotAllowed>(Refusal(() => _cohort.Enrol(_course, bob, _org.PlainMember(ann), null, null, _org.Now)));
    }

    [Fact]
    public void A_finished_cohort_takes_no_enrolments()
    {
        _org.AfterSession(_cohort.Sessions[^1]);
        var ann = NewPerson("Ann");

        Assert.IsType<CohortClosed>(Refusal(() => EnrolSelf(ann)));
    }

    [Fact]
    public void A_running_cohort_still_takes_a_late_enrolment()
    {
        _org.AfterSession(_cohort.Sessions[2]);
        var ann = NewPerson("Ann");

        Assert.Equal(_org.Now, EnrolSelf(ann).PlaceTakenAt);
    }

    [Fact]
    public void Withdrawing_someone_not_enrolled_or_already_completed_is_refused()
    {
        var ann = NewPerson("Ann");

        Assert.Equal("Ann is not enrolled in this cohort.", Refusal(() => _cohort.Withdraw(ann, Self(ann), _org.Now)).Message);
        Assert.IsType<NotAllowed>(Refusal(() => _cohort.Withdraw(ann, Self(NewPerson("Bob")), _org.Now)));
    }
}
