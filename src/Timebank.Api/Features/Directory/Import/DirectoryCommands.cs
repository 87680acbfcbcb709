using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Directory.Oruk;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Api.Platform.Tools;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Directory.Import;

/// <summary>
/// The work of the directory's commands (registered in DirectoryCommand.cs):
/// import-oruk reads an ORUK 3.0 file into a group's entries; generate-directory fills a store (or writes a file) for benchmarks.
/// </summary>
public static class DirectoryCommands
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CommandOptions options)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var count = (int)options.Number("services", 100_000);
        var seed = (int)options.Number("seed", 1);
        if (args[0] == "generate-directory" && options.Optional("file") is { } path)
        {
            await using var file = File.Create(path);
            await JsonSerializer.SerializeAsync(file, DirectoryGenerator.Services(count, seed), OrukJson.Options);
            Console.WriteLine($"wrote {count} services to {path} in {clock.Elapsed.TotalSeconds:F1} s");
            return 0;
        }

        using var scope = services.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<OrukImporter>();
        Id<Organisation> owner;
        List<OrukService> entries;
        if (args[0] == "generate-directory")
        {
            owner = await GeneratedGroupAsync(scope.ServiceProvider);
            entries = DirectoryGenerator.Services(count, seed).ToList();
        }
        else
        {
            owner = await FindOrganisationAsync(scope.ServiceProvider, options["organisation"]);
            entries = OrukImporter.Parse(await File.ReadAllTextAsync(args[1]));
        }
        try
        {
            var chunk = args[0] == "generate-directory" ? 5_000 : entries.Count;
            var (created, updated) = (0, 0);
            foreach (var part in entries.Chunk(Math.Max(1, chunk)))
            {
                var summary = await importer.ImportAsync(owner, part, CancellationToken.None);
                (created, updated) = (created + summary.Created, updated + summary.Updated);
            }
            Console.WriteLine($"imported {entries.Count} services ({created} new, {updated} updated) in {clock.Elapsed.TotalSeconds:F1} s");
            return 0;
        }
        catch (DomainException e) when (e.Error is Domain.Directory.DirectoryEntryInvalid invalid)
        {
            foreach (var problem in invalid.Problems)
                Console.Error.WriteLine(problem.Message);
            Console.Error.WriteLine($"nothing imported: {invalid.Problems.Count} problems");
            return 1;
        }
    }

    /// <summary>An organisation by its global id, its ORUK id, or its name written as a slug ("coventry-peer-voices").</summary>
    private static async Task<Id<Organisation>> FindOrganisationAsync(IServiceProvider services, string given)
    {
        if (GlobalId.TryParse<Organisation>(given, "Organisation") is { } global)
            return global;
        if (Guid.TryParse(given, out var guid))
            return Id<Organisation>.From(guid);
        await using var db = await services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync();
        var all = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name }).ToListAsync();
        var matches = all.Where(o => string.Equals(Slug(o.Name.Value), given, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count == 1 ? matches[0].Id : throw new ArgumentException($"no single organisation is called '{given}'");
    }

    private static string Slug(string name) => string.Join('-', name.ToLowerInvariant().Split(name.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries));

    private static async Task<Id<Organisation>> GeneratedGroupAsync(IServiceProvider services)
    {
        var now = services.GetRequiredService<NodaTime.IClock>().GetCurrentInstant();
        var founder = Member.Assisted(DisplayName.Parse("Directory coordinator"), now);
        var (organisation, membership) = Organisation.Create(OrganisationName.Parse("Generated directory group"), OrganisationKind.UserLedGroup, founder.Id, now);
        await using var db = await services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync();
        db.AddRange(founder, organisation, membership);
        await db.SaveChangesAsync();
        return organisation.Id;
    }
}
