using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Features.Timebank;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Api.Tests.Infrastructure;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Tests.Features.Timebank;

/// <summary>A timebank moving from another system brings its history (the import-exchanges command).</summary>
public sealed class ImportTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public void Every_line_is_checked_before_anything_is_written()
    {
        const string csv = "date,giver,receiver,minutes,description\n2024-01-02,Ann,Bob,60,Lift\n2024-13-01,Ann,Bob,60,Bad date\n2024-01-03,Ann,Ann,30,Self\n2024-01-04,Ann,Bob,-5,Negative\n";

        var problem = Assert.Throws<FormatException>(() => ExchangeImporter.Parse(new StringReader(csv)));

        Assert.Contains("line 3", problem.Message, StringComparison.Ordinal);
        Assert.Contains("line 4", problem.Message, StringComparison.Ordinal);
        Assert.Contains("line 5", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_is_imported_once_matching_members_by_email_and_adding_the_rest_as_assisted_members()
    {
        var timebank = await api.TimebankAsync(1);
        var ann = timebank.Members[0];
        var csv = $"date,giver,receiver,minutes,description\n2023-05-01,{ann.Email},Old Member,90,\"Gardening, front and back\"\n2023-05-02,Old Member,{ann.Email},30,Shopping\n";

        var first = await ImportAsync(timebank, csv);
        var again = await ImportAsync(timebank, csv);

        Assert.Equal((2, 1), (first.Exchanges, first.NewMembers));
        Assert.Equal(0, again.NewMembers);
        Assert.Equal(60, await ann.PostedAsync(timebank));
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync();
        var imported = await db.Set<Exchange>().AsNoTracking().Where(e => e.Description.StartsWith("Gardening")).ToListAsync();
        Assert.Equal(new NodaTime.LocalDate(2023, 5, 1), Assert.Single(imported).Date);
        Assert.Empty(await LedgerInvariants.CheckAsync(db));
    }

    [Fact]
    public async Task Limits_can_be_lifted_for_a_history_that_went_further_than_this_timebank_allows()
    {
        var timebank = await api.TimebankAsync(0);
        const string csv = "date,giver,receiver,minutes,description\n2022-01-01,Big Giver,Big Receiver,900,Long project\n";

        await Assert.ThrowsAsync<InvalidOperationException>(() => ImportAsync(timebank, csv, liftLimits: false));
        var lifted = await ImportAsync(timebank, csv, liftLimits: true);

        Assert.Equal(1, lifted.Exchanges);
    }

    [Fact]
    public async Task The_benchmark_generator_fills_a_store_whose_books_are_sound()
    {
        using var scope = api.Services.CreateScope();
        var generator = ActivatorUtilities.CreateInstance<DataGenerator>(scope.ServiceProvider);

        var made = await generator.GenerateAsync(timebanks: 2, members: 20, transfers: 300, seed: 7, _ => { }, CancellationToken.None);

        Assert.Equal(300, made.Transfers);
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync();
        Assert.Empty(await LedgerInvariants.CheckAsync(db));
        var bench = await api.CreateGraphQLClient().RunAsync("signIn", new { input = new { email = made.BenchEmail, password = made.BenchPassword } });
        Assert.Empty(bench.ShouldSucceed().PayloadErrorCodes("signIn"));
    }

    [Fact]
    public async Task A_description_too_long_or_a_date_in_the_future_is_refused_with_its_line_number_and_nothing_is_written()
    {
        var timebank = await api.TimebankAsync(1);
        var tomorrow = NodaTime.Text.LocalDatePattern.Iso.Format(NodaTime.Text.LocalDatePattern.Iso.Parse(api.Today()).Value.PlusDays(1));
        var csv = "date,giver,receiver,minutes,description\n"
            + "2023-06-01,Early Giver,Early Receiver,30,Fine\n"
            + $"2023-06-02,Early Giver,Early Receiver,30,{new string('x', 600)}\n"
            + $"{tomorrow},Early Giver,Early Receiver,30,Not yet\n";

        var problem = await Assert.ThrowsAsync<FormatException>(() => ImportAsync(timebank, csv));

        Assert.Contains("line 3: the description must be at most 500 characters", problem.Message, StringComparison.Ordinal);
        Assert.Contains($"line 4: the date {tomorrow} must not be in the future", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("line 2", problem.Message, StringComparison.Ordinal);
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync();
        Assert.False(await db.Set<Exchange>().AnyAsync(e => e.Description == "Fine"));
        Assert.False(await db.Members.AnyAsync(m => m.DisplayName == Domain.Members.DisplayName.Parse("Early Giver")));
    }

    private async Task<ImportSummary> ImportAsync(TestTimebank timebank, string csv, bool liftLimits = false)
    {
        using var scope = api.Services.CreateScope();
        var importer = ActivatorUtilities.CreateInstance<ExchangeImporter>(scope.ServiceProvider);
        var bytes = Encoding.UTF8.GetBytes(csv);
        var organisation = GlobalId.Parse<Organisation>(timebank.Id, "Organisation", "organisationId");
        return await importer.ImportAsync(organisation, ExchangeImporter.Parse(new StringReader(csv)), ExchangeImporter.Fingerprint(new MemoryStream(bytes)),
            liftLimits, _ => { }, CancellationToken.None);
    }
}
