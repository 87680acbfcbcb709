using CsCheck;
using Timebank.Domain.Courses;
using Timebank.Domain.Members;
using static Timebank.Domain.Tests.Courses.TrainingOrganisation;

namespace Timebank.Domain.Tests.Courses;

/// <summary>Random enrolments, withdrawals and capacity changes against a plain model of places and a first-come queue.</summary>
public sealed class WaitListPropertyTests
{
    private const int People = 12;

    [Fact]
    public void Places_never_exceed_the_capacity_and_the_wait_list_is_promoted_first_come_first_served()
        => Gen.Select(Gen.Int[0, 2], Gen.Int[0, People - 1], Gen.Int[1, 10]).Array[1, 60].Sample(steps =>
        {
            var org = new TrainingOrganisation();
            var course = org.ChampionCourse();
            var cohort = org.Schedule(course, capacity: 3);
            var people = Enumerable.Range(0, People).Select(i => NewPerson($"P{i}")).ToArray();
            var model = new Model(3);
            foreach (var (kind, who, capacity) in steps)
            {
                var person = people[who];
                var before = Snapshot(cohort);
                var expected = kind switch
                {
                    0 => model.Enrol(person.Id),
                    1 => model.Withdraw(person.Id),
                    _ => model.ChangeCapacity(capacity),
                };
                var actual = Outcome(() =>
                {
                    switch (kind)
                    {
                        case 0: cohort.Enrol(course, person, Self(person), null, null, org.Now); break;
                        case 1: cohort.Withdraw(person, Self(person), org.Now); break;
                        default: cohort.ChangeCapacity(org.Organiser, capacity, org.Now); break;
                    }
                });
                org.Clock.AdvanceSeconds(1);
                Assert.Equal(expected, actual);
                if (actual != "OK")
                    Assert.Equal(before, Snapshot(cohort));
                Assert.Equal(model.Holding.Order(), cohort.Enrolments.Where(e => e.HoldsPlace).Select(e => e.MemberId).Order());
                Assert.Equal(model.Queue, cohort.WaitList.Select(e => e.MemberId));
                Assert.True(cohort.PlacesTaken <= cohort.Capacity);
                Assert.True(cohort.WaitList.Count == 0 || cohort.PlacesTaken == cohort.Capacity);
            }
        }, iter: 500);

    private static string Outcome(Action action)
    {
        try
        {
            action();
            return "OK";
        }
        catch (DomainException e)
        {
            return e.Error.Code;
        }
    }

    private static string Snapshot(Cohort cohort)
        => $"{cohort.Capacity}|" + string.Join(",", cohort.Enrolments.Select(e => $"{e.MemberId}:{e.Status}:{e.PlaceTakenAt}"));

    private sealed class Model(int capacity)
    {
        private int _capacity = capacity;
        public List<Id<Member>> Holding { get; } = [];
        public List<Id<Member>> Queue { get; } = [];

        public string Enrol(Id<Member> member)
        {
            if (Holding.Contains(member) || Queue.Contains(member))
                return "ALREADY_ENROLLED";
            (Holding.Count < _capacity ? Holding : Queue).Add(member);
            return "OK";
        }

        public string Withdraw(Id<Member> member)
        {
            if (Queue.Remove(member))
                return "OK";
            if (!Holding.Remove(member))
                return "NOT_ENROLLED";
            Promote();
            return "OK";
        }

        public string ChangeCapacity(int capacity)
        {
            if (capacity < Holding.Count)
                return "CAPACITY_BELOW_ENROLLED";
            _capacity = capacity;
            Promote();
            return "OK";
        }

        private void Promote()
        {
            while (Holding.Count < _capacity && Queue.Count > 0)
            {
                Holding.Add(Queue[0]);
                Queue.RemoveAt(0);
            }
        }
    }
}
