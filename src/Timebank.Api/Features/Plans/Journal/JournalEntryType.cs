using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Plans.Journal;

namespace Timebank.Api.Features.Plans.Journal;

/// <summary>An entry in a person's journal, as the person or the staff they shared it with read it.</summary>
public sealed class JournalEntryType : NodeType<JournalEntry>
{
    public JournalEntryType()
        : base(JournalService.TypeName, e => e.Id.Value)
    {
        Field<NonNullGraphType<MemberType>>("person").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.PersonId));
        Field(e => e.Text);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JournalAttachmentType>>>>("attachments").WithComplexityImpact(1, 1).Resolve(c => c.Source.Attachments);
        Field(e => e.WrittenAt);
        Field<ListGraphType<NonNullGraphType<MemberType>>>("sharedWith").WithComplexityImpact(1, 1)
            .Description("The staff who read it; only the person sees this (null for anyone else).")
            .ResolveAsync(async c =>
            {
                if (await c.Service<Viewer>().TryGetIdAsync() != c.Source.PersonId)
                    return null;
                var members = c.Service<ByIdLoader<Member>>();
                // Stays deferred so every entry of the list asks for its shares in one query.
                return c.Service<JournalSharesLoader>().Load(c.Source.Id).Then(async shares =>
                    (IReadOnlyList<Member?>)await Task.WhenAll((shares ?? []).Select(s => members.Load(s.MemberId).GetResultAsync(c.CancellationToken))));
            });
    }
}

public sealed class JournalAttachmentType : ObjectGraphType<JournalAttachment>
{
    public JournalAttachmentType()
    {
        Name = "JournalAttachment";
        Field<NonNullGraphType<AttachmentKindType>>("kind").Resolve(c => c.Source.Kind);
        Field(a => a.Reference).Description("Where the file is kept.");
        Field(a => a.Caption, nullable: true);
    }
}

public sealed class JournalEntryNodeSource : INodeSource
{
    public string TypeName => JournalService.TypeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context)
    {
        await using var db = await context.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(context.CancellationToken);
        var entry = await db.Set<JournalEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == Id<JournalEntry>.From(id), context.CancellationToken);
        return entry is not null && await context.Service<JournalReaders>().MayReadAsync(entry, context.CancellationToken) ? entry : null;
    }
}
