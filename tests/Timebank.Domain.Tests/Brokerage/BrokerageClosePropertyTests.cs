using CsCheck;
using Timebank.Domain.Brokerage;
using static Timebank.Domain.Tests.Brokerage.BrokerageWorld;

namespace Timebank.Domain.Tests.Brokerage;

/// <summary>Closing, over random sessions, amounts and closers: it pays at most what was logged, once, and a refusal changes nothing.</summary>
public sealed class BrokerageClosePropertyTests
{
    private enum Closer
    {
        Person,
        Broker,
        Coordinator,
        Stranger,
    }

    private static readonly Gen<(long[] Sessions, long Given, Closer Closer, long Available, long? Floor, bool Grant)> Cases =
        Gen.Select(Gen.Long[1, BrokerageSession.MaxMinutes].Array[0, 5], Gen.Long[0, 4000], Gen.Enum<Closer>(), Gen.Long[-1200, 1200],
            Gen.OneOf(Gen.Const((long?)null), Gen.Long[-1200, 0].Select(f => (long?)f)), Gen.Bool);

    [Fact]
    public void A_close_pays_at_most_what_was_logged_once_and_a_refusal_changes_nothing()
        => Cases.Sample(c =>
        {
            var world = new BrokerageWorld();
            var (person, request) = world.Request();
            var broker = world.Broker();
            request.Invite(person.MemberId, broker, Today, world.Now);
            request.Respond(broker, true, null, Today, world.Now);
            request.Choose(person.MemberId, broker, Today, world.Now);
            foreach (var minutes in c.Sessions)
                request.LogSession(broker.MemberId, Today, minutes, null, Today, world.Now);
            var actor = c.Closer switch
            {
                Closer.Person => person.MemberId,
                Closer.Broker => broker.MemberId,
                Closer.Coordinator => world.Coordinator.MemberId,
                _ => world.Member().MemberId,
            };
            var allowed = c.Closer is Closer.Person or Closer.Coordinator;

            var closed = Attempt(() => request.Close(actor, c.Closer == Closer.Coordinator, BrokerageOutcome.Arranged, null, c.Given, Today, world.Now));

            if (closed != (allowed && c.Given <= c.Sessions.Sum()))
                return false;
            if (!closed)
                return request.State == BrokerageRequestState.Arranged && request.MinutesGiven is null;
            if (Attempt(() => request.Close(actor, c.Closer == Closer.Coordinator, BrokerageOutcome.Arranged, null, c.Given, Today, world.Now)))
                return false;
            var settings = BrokerageSettings.Defaults(world.Timebank.Id);
            settings.Configure(world.Coordinator, c.Grant, 7, 30);
            var account = new PersonAccount(person.MemberId, c.Available, c.Floor);
            HoursToMove? move = null;
            var planned = Attempt(() => move = BrokerageHours.ForClosed(request, account, settings));
            if (c.Given == 0)
                return planned && move is null;
            var personPays = c.Floor is null || c.Available - c.Given >= c.Floor;
            return planned == (personPays || c.Grant)
                && (!planned || (move!.Minutes.Value == c.Given && move.ToBroker == broker.MemberId
                    && move.From == (personPays ? new HoursPayer.Person(person.MemberId) : new HoursPayer.Pool(world.Timebank.Id))));
        }, iter: 500);

    private static bool Attempt(Action act)
    {
        try
        {
            act();
            return true;
        }
        catch (DomainException)
        {
            return false;
        }
    }
}
