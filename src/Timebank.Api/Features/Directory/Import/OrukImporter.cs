using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Directory.Entries;
using Timebank.Api.Features.Directory.Oruk;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Directory;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Directory.Import;

public sealed record OrukImportSummary(int Created, int Updated, int NewTerms);

/// <summary>
/// Imports an ORUK 3.0 export (a JSON array of fully nested services, as ORUK's service package; a paged envelope;
/// or one service) into a group's entries. Every service is checked into the domain first and every problem is
/// reported with its path (<c>services[3].schedules[0].byday</c>); nothing is written while any remain. Services
/// are matched by the source's ids, so importing the same file again updates instead of duplicating. Taxonomy terms
/// the file carries and the directory lacks are added; terms the directory has are kept as they are.
/// </summary>
public sealed class OrukImporter(IDbContextFactory<TimebankDbContext> databases, IClock clock)
{
    private const int Chunk = 500;

    public static List<OrukService> Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
            var root = document.RootElement;
            var services = root.ValueKind switch
            {
                JsonValueKind.Array => root,
                JsonValueKind.Object when root.TryGetProperty("contents", out var contents) => contents,
                JsonValueKind.Object => default,
                _ => throw Invalid("services", "the file must hold a JSON array of ORUK services"),
            };
            return services.ValueKind == JsonValueKind.Undefined
                ? [root.Deserialize<OrukService>(OrukJson.Options)!]
                : services.Deserialize<List<OrukService>>(OrukJson.Options) ?? [];
        }
        catch (JsonException e)
        {
            var path = string.IsNullOrEmpty(e.Path) ? "services" : "services" + e.Path.TrimStart('$');
            throw Invalid(path, "is not ORUK 3.0 JSON: a value has the wrong type or the file is not JSON");
        }
    }

    public async Task<OrukImportSummary> ImportAsync(Id<Organisation> owner, IReadOnlyList<OrukService> services, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var today = now.InZone(LocalSupportService.Zone).Date;
        var problems = new DirectoryProblems();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);

        var fileTerms = FileTerms(services, problems);
        var named = fileTerms.Keys.Select(k => k.Value).Concat(services.SelectMany(s => s.Attributes ?? []).Select(a => a.TaxonomyTermId).OfType<Guid>()).Distinct().Select(Id<TaxonomyTerm>.From).ToList();
        var known = new HashSet<Id<TaxonomyTerm>>();
        foreach (var chunk in named.Chunk(Chunk))
            known.UnionWith(await db.Set<TaxonomyTerm>().Where(t => chunk.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken));
        var newTerms = fileTerms.Values.Where(t => !known.Contains(t.Id)).ToList();
        known.UnionWith(newTerms.Select(t => t.Id));

        var ids = services.Select(s => s.Id).OfType<Guid>().Distinct().ToList();
        var existing = new Dictionary<Guid, LocalSupportRecord>();
        foreach (var chunk in ids.Chunk(Chunk))
        {
            foreach (var record in await db.Set<LocalSupportRecord>().Where(r => chunk.Contains(r.Id)).ToListAsync(cancellationToken))
                existing[record.Id] = record;
        }

        var checkedServices = new List<(Guid Id, ServiceContent Content)>(services.Count);
        var seen = new HashSet<Guid>();
        for (var i = 0; i < services.Count; i++)
        {
            var at = $"services[{i}]";
            var entryProblems = new DirectoryProblems();
            if (services[i].Id is not { } id)
                entryProblems.Add(new InvalidField("id", "is required: an import is matched by the source's ids"));
            else if (!seen.Add(id))
                entryProblems.Add(new InvalidField("id", "is used by an earlier service in this file"));
            else if (existing.TryGetValue(id, out var record) && (record.OrganisationId != owner || record.ArchivedAt is not null))
                entryProblems.Add(new InvalidField("id", record.ArchivedAt is null ? "names an entry another group keeps in this directory" : "names an entry that has been archived here"));
            var content = OrukDraftReader.Read(services[i], entryProblems).Check(known.Contains, today, entryProblems);
            foreach (var problem in entryProblems.All)
                problems.Add(problem.Within(at));
            if (content is not null && !entryProblems.Any)
                checkedServices.Add((services[i].Id!.Value, content));
        }
        problems.ThrowIfAny();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var updated = checkedServices.Where(s => existing.ContainsKey(s.Id)).ToList();
        await LocalSupportWrites.ClearSearchRowsAsync(db, updated.Select(s => existing[s.Id].Number).ToList(), cancellationToken);
        foreach (var (id, content) in updated)
        {
            var record = existing[id];
            var service = LocalSupportRecords.Restore(record);
            service.Reimport(owner, content, now);
            LocalSupportRecords.Fill(record, service);
        }
        await db.SaveChangesAsync(cancellationToken);
        // New entries, which are most of a first import, go in set-based (numbered here, in the import's transaction).
        var created = checkedServices.Where(s => !existing.ContainsKey(s.Id)).Select(s => LocalSupportRecords.New(LocalService.Import(owner, s.Id, s.Content, now))).ToList();
        await LocalSupportWrites.InsertAsync(db, newTerms, created, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new OrukImportSummary(created.Count, updated.Count, newTerms.Count);
    }

    /// <summary>The taxonomy terms the file describes inside its attributes, checked at their paths.</summary>
    private static Dictionary<Id<TaxonomyTerm>, TaxonomyTerm> FileTerms(IReadOnlyList<OrukService> services, DirectoryProblems problems)
    {
        var terms = new Dictionary<Id<TaxonomyTerm>, TaxonomyTerm>();
        for (var i = 0; i < services.Count; i++)
        {
            var attributes = services[i].Attributes ?? [];
            for (var j = 0; j < attributes.Count; j++)
            {
                if (attributes[j].TaxonomyTerm is not { Id: { } termId } t || terms.ContainsKey(Id<TaxonomyTerm>.From(termId)))
                    continue;
                var path = $"services[{i}].attributes[{j}].taxonomy_term";
                if (problems.Try(() => TaxonomyTerm.Define(termId, t.Name, t.Description, t.ParentId, t.Taxonomy, t.TaxonomyId, t.TermUri, t.Term, path)) is { } term)
                    terms[term.Id] = term;
            }
        }
        return terms;
    }

    private static DomainException Invalid(string path, string reason) => new(new DirectoryEntryInvalid([new InvalidField(path, reason)]));
}
