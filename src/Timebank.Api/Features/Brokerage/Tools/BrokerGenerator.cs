using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Brokerage.Brokers;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Brokerage;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Brokerage.Tools;

public sealed record GeneratedBrokers(string OrganisationId, int Brokers, string BenchEmail, string BenchPassword, TimeSpan Elapsed);

/// <summary>
/// <c>generate-brokers</c>: one timebank with many brokers (skills, languages, districts, formats, checks and
/// accreditations drawn from small pools so filters match realistic shares), for the <c>brokers(filter)</c> bench.
/// Rows go in through the bulk writer, as <c>generate-data</c> does; profiles pass the domain's own rules.
/// </summary>
public sealed class BrokerGenerator(IDbContextFactory<TimebankDbContext> databases, IPasswordHasher<Member> hasher, IClock clock)
{
    public const string BenchEmail = "broker-bench@timebank.example";
    public const string BenchPassword = "bench password 123";

    private static readonly string[] Skills = ["benefits", "finding a PA", "direct payments", "housing", "day opportunities", "respite", "transport", "employment", "mental health", "advocacy"];
    private static readonly string[] Languages = ["en", "pa", "ur", "pl", "cy", "bfi", "gu", "so"];
    private static readonly string[] Formats = ["LargePrint", "Braille", "EasyRead", "Bsl", "Interpreter"];

    public async Task<GeneratedBrokers> GenerateAsync(int brokers, int seed, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var random = new Random(seed);
        var now = clock.GetCurrentInstant();
        var today = now.InUtc().Date;
        var bench = Member.SignUp(EmailAddress.Parse(BenchEmail), DisplayName.Parse("Broker bench member"), hasher.HashPassword(null!, BenchPassword), now);
        var (organisation, founding) = Organisation.Create(OrganisationName.Parse($"Brokerage timebank {seed}"), OrganisationKind.Timebank, bench.Id, now);
        var (settings, ledger, pool, general) = TimebankSettings.Open(organisation, now);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await BulkWriter.InsertAsync(db, [bench, organisation, founding, ledger, pool, general, settings], cancellationToken);
        for (var done = 0; done < brokers; done += 1_000)
        {
            var rows = new List<object>();
            var later = new List<object>();
            for (var i = done; i < Math.Min(brokers, done + 1_000); i++)
            {
                var member = Member.Assisted(DisplayName.Parse($"Broker {i:D5}"), now);
                var membership = organisation.Enrol(member.Id, founding, now);
                membership.Grant(Roles.Broker, founding);
                var profile = BrokerProfile.Create(membership, Draft(random), now + Duration.FromSeconds(i));
                if (random.Next(3) > 0)
                    profile.RecordSafeguardingCheck(founding, today.PlusDays(-random.Next(100, 1_000)), today.PlusDays(random.Next(-60, 700)), today, now);
                rows.AddRange([member, membership]);
                later.Add(profile);
                later.AddRange(BrokerTerm.Of(profile));
                for (var a = random.Next(4); a > 0; a--)
                    later.Add(Accreditation.RecordByHand(founding, profile, a == 1 ? "Peer brokerage course" : $"Module {a}", "Generated", today.PlusDays(-a), today, now));
            }
            await BulkWriter.InsertAsync(db, rows, cancellationToken);
            await BulkWriter.InsertAsync(db, later, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return new GeneratedBrokers(Platform.GraphQL.Relay.GlobalId.Encode("Organisation", organisation.Id.Value), brokers, BenchEmail, BenchPassword, started.Elapsed);
    }

    private static BrokerProfileDraft Draft(Random random) => new()
    {
        Bio = "Generated for the brokers bench.",
        Skills = Pick(random, Skills, 1 + random.Next(3)),
        Languages = ["en", .. Pick(random, Languages, random.Next(2))],
        AreasServed = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => $"CV{1 + random.Next(40)}").Distinct().ToList(),
        Formats = Pick(random, Formats, random.Next(3)).Aggregate(AccessibleFormats.None, (all, f) => all | Enum.Parse<AccessibleFormats>(f)),
        Availability = "Weekdays",
        AcceptingRequests = random.Next(10) > 0,
        Openness = random.Next(10) > 0 ? BrokerOpenness.OpenToRequests : BrokerOpenness.InformalOnly,
        LivedExperience = random.Next(2) == 0 ? "Shared for the bench." : null,
    };

    private static List<string> Pick(Random random, string[] pool, int count) => pool.OrderBy(_ => random.Next()).Take(count).ToList();
}
