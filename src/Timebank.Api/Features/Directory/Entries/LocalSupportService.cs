using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Directory;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Directory.Entries;

/// <summary>Listing, changing and archiving a group's entries: the domain decides, this loads and saves.</summary>
public sealed class LocalSupportService(IDbContextFactory<TimebankDbContext> databases, Viewer viewer, IClock clock)
{
    /// <summary>The directory's days are UK days.</summary>
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/London"];

    public LocalDate Today => clock.GetCurrentInstant().InZone(Zone).Date;

    public async Task<LocalService> ListAsync(ListLocalSupportInput input, CancellationToken cancellationToken)
    {
        await viewer.RequireIdAsync();
        var organisation = GlobalId.Parse<Organisation>(input.OrganisationId, "Organisation", "organisationId");
        var lister = await viewer.MembershipInAsync(organisation) ?? throw new DomainException(new NotFound("organisation", input.OrganisationId));
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var content = await CheckAsync(db, GraphQLDrafts.Complete(input.Service), cancellationToken);
        var service = LocalService.List(lister, content, Today, clock.GetCurrentInstant());
        db.Add(LocalSupportRecords.New(service));
        await db.SaveChangesAsync(cancellationToken);
        return service;
    }

    public Task<LocalService> UpdateAsync(UpdateLocalSupportInput input, CancellationToken cancellationToken)
        => ChangeAsync(input.LocalSupportId, async (db, service, editor) =>
            service.Update(editor, await CheckAsync(db, GraphQLDrafts.Complete(input.Service), cancellationToken), Today, clock.GetCurrentInstant()), cancellationToken);

    public Task<LocalService> ArchiveAsync(ArchiveLocalSupportInput input, CancellationToken cancellationToken)
        => ChangeAsync(input.LocalSupportId, (_, service, editor) =>
        {
            service.Archive(editor, clock.GetCurrentInstant());
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<LocalService> ConfirmAsync(ConfirmLocalSupportInput input, CancellationToken cancellationToken)
        => ChangeAsync(input.LocalSupportId, (_, service, editor) =>
        {
            service.ConfirmCurrent(editor, input.AssurerEmail, Today, clock.GetCurrentInstant());
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>
    /// Someone who is not a coordinator or manager of the owning group is refused with NOT_YOUR_ENTRY whether or not
    /// they belong to it, and learns nothing more; an id that names no entry is NOT_FOUND.
    /// </summary>
    private async Task<LocalService> ChangeAsync(string globalId, Func<TimebankDbContext, LocalService, Membership, Task> change, CancellationToken cancellationToken)
    {
        await viewer.RequireIdAsync();
        var id = GlobalId.TryParse<LocalService>(globalId, LocalSupportType.TypeName) ?? throw new DomainException(new NotFound("local support", globalId));
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<LocalSupportRecord>().FirstOrDefaultAsync(r => r.Id == id.Value, cancellationToken)
            ?? throw new DomainException(new NotFound("local support", globalId));
        var editor = await viewer.MembershipInAsync(record.OrganisationId) ?? throw new DomainException(new NotYourEntry());
        var service = LocalSupportRecords.Restore(record);
        await change(db, service, editor);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LocalSupportWrites.ClearSearchRowsAsync(db, [record.Number], cancellationToken);
        LocalSupportRecords.Fill(record, service);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return service;
    }

    /// <summary>Checks a draft whole, against the taxonomy terms it names that the directory has.</summary>
    private async Task<ServiceContent> CheckAsync(TimebankDbContext db, LocalServiceDraft draft, CancellationToken cancellationToken)
    {
        var named = (draft.Attributes ?? []).Select(a => a.TaxonomyTermId).OfType<Guid>().Select(Id<TaxonomyTerm>.From).Distinct().ToList();
        var known = (await db.Set<TaxonomyTerm>().Where(t => named.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken)).ToHashSet();
        return draft.Check(known.Contains, Today);
    }
}
