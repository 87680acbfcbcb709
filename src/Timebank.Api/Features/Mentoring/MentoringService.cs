using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Courses;
using Timebank.Api.Features.Courses.Hours;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Courses;
using Timebank.Domain.Ledger;
using Timebank.Domain.Mentoring;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Mentoring;

/// <summary>Pairings, their meetings and the mentor's hours. The rules are the domain's <see cref="MentoringPairing"/>.</summary>
public sealed class MentoringService(IDbContextFactory<TimebankDbContext> databases, CourseAccess access, CourseHoursLedger hours, IClock clock)
{
    public const string TypeName = "MentoringPairing";

    public async Task<MentoringPairing> PairAsync(PairMentorInput input, CancellationToken cancellationToken)
    {
        var organisation = GlobalId.Parse<Organisation>(input.OrganisationId, OrganisationType.TypeName, "organisationId");
        var actor = await access.ActorAsync(organisation);
        if (actor.Membership is not { IsActive: true })
            throw new DomainException(new NotFound("organisation", input.OrganisationId));
        var cadence = Cadences.Parse(input.Cadence);
        var startsOn = MentoringDates.Parse(input.StartsOn, "startsOn");
        var mentor = await access.PersonAsync(input.MentorId, "mentorId", cancellationToken);
        var mentees = await access.PeopleAsync([.. (input.MenteeIds ?? []).Select(m => (string?)m)], "menteeIds", cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        Id<Cohort>? cohort = null;
        if (input.CohortId is not null)
        {
            var id = GlobalId.Parse<Cohort>(input.CohortId, "Cohort", "cohortId");
            cohort = await db.Set<Cohort>().AnyAsync(c => c.Id == id && c.OrganisationId == organisation, cancellationToken)
                ? id : throw new DomainException(new ValidationFailed("cohortId", "is not a cohort of this organisation"));
        }
        Id<Organisation>? timebank = null;
        if (input.HoursTimebankId is not null)
        {
            var id = GlobalId.Parse<Organisation>(input.HoursTimebankId, OrganisationType.TypeName, "hoursTimebankId");
            timebank = await db.Organisations.AnyAsync(o => o.Id == id && o.Kind == OrganisationKind.Timebank, cancellationToken)
                ? id : throw new DomainException(new ValidationFailed("hoursTimebankId", "is not a timebank"));
        }
        var pairing = MentoringPairing.Pair(organisation, actor, mentor, mentees, cohort, cadence, startsOn, timebank, clock.GetCurrentInstant());
        db.Add(pairing);
        db.AddRange(new[] { mentor.Id }.Concat(pairing.MenteeIds).Select(m => new PairingMember(pairing.Id, m)));
        await db.SaveChangesAsync(cancellationToken);
        return pairing;
    }

    public Task<MentoringPairing> EndAsync(EndPairingInput input, CancellationToken cancellationToken)
        => access.SaveWithRetryAsync(async db =>
        {
            var pairing = await VisibleAsync(db, input.PairingId, cancellationToken);
            var endedOn = MentoringDates.Parse(input.EndedOn, "endedOn");
            pairing.End(await access.ActorAsync(pairing.OrganisationId), endedOn, await access.ZoneAsync(pairing.OrganisationId, cancellationToken), clock.GetCurrentInstant());
            return pairing;
        }, cancellationToken);

    /// <summary>
    /// Logs a meeting; when it credits the mentor, the hours are banked first, so a refusal leaves the meeting unlogged.
    /// With an idempotency key the meeting's id comes from it: a retry finds the meeting it logged (or, if the first
    /// attempt stopped after banking, banks again under the same ledger key, which pays once) and answers with it.
    /// </summary>
    public async Task<MentoringMeeting> LogMeetingAsync(LogMentoringMeetingInput input, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var pairing = await VisibleAsync(db, input.PairingId, cancellationToken);
        var actor = await access.ActorAsync(pairing.OrganisationId);
        var date = MentoringDates.Parse(input.Date, "date");
        var creditMentor = input.CreditMentor ?? false;
        Id<MentoringMeeting>? keyed = input.IdempotencyKey is null ? null : MentoringMeeting.KeyedId(pairing.Id, actor.Member, IdempotencyKey.Parse(input.IdempotencyKey));
        if (keyed is { } id && await db.Set<MentoringMeeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) is { } logged)
            return Replayed(logged, input, date, creditMentor);
        var (meeting, credit) = pairing.LogMeeting(actor, date, input.Minutes, input.Notes, creditMentor, await access.ZoneAsync(pairing.OrganisationId, cancellationToken), clock.GetCurrentInstant(), keyed);
        if (credit is not null)
        {
            var mentor = await access.PeopleAsync([GlobalId.Encode("Member", pairing.MentorId.Value)], "mentorId", cancellationToken);
            await hours.BankAsync(credit, mentor[0].Name, CourseHoursLedger.MentoringCode, cancellationToken);
        }
        db.Add(meeting);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (keyed is { } raced)
        {
            // The same request, sent twice at once, was saved by the other: answer as it did.
            await using var fresh = await databases.CreateDbContextAsync(cancellationToken);
            var first = await fresh.Set<MentoringMeeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == raced, cancellationToken);
            if (first is null)
                throw;
            return Replayed(first, input, date, creditMentor);
        }
        return meeting;
    }

    private static MentoringMeeting Replayed(MentoringMeeting logged, LogMentoringMeetingInput input, LocalDate date, bool creditMentor)
        => logged.Records(date, input.Minutes, input.Notes, creditMentor) ? logged : throw new DomainException(new IdempotencyKeyReused());

    /// <summary>A pairing, tracked, for its pair and its organisation's organisers; not found for anyone else.</summary>
    private async Task<MentoringPairing> VisibleAsync(TimebankDbContext db, string globalId, CancellationToken cancellationToken)
    {
        var id = GlobalId.Parse<MentoringPairing>(globalId, TypeName, "pairingId");
        var me = await access.RequireViewerAsync();
        var pairing = await db.Set<MentoringPairing>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pairing is null || (!pairing.Involves(me) && !await access.OrganisesAsync(pairing.OrganisationId)))
            throw new DomainException(new NotFound("pairing", globalId));
        return pairing;
    }
}
