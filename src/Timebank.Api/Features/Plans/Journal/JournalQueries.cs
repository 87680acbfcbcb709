using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Plans.Journal;

namespace Timebank.Api.Features.Plans.Journal;

public sealed class JournalQueries : IQueryFields
{
    public const int MaxListed = 100;

    public void AddTo(ObjectGraphType query)
        => query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<JournalEntryType>>>>("journal")
            .Description($"A person's journal, newest first (up to {MaxListed}): your own whole; someone else's, only the entries they shared with you as their staff.")
            .Argument<IdGraphType>("personId", "Whose journal; yours when left out.").RequireAuthentication()
            .ResolveAsync(async c =>
            {
                var me = await c.Service<Viewer>().RequireIdAsync();
                var asked = c.GetArgument<string?>("personId");
                var person = asked is null ? me : GlobalId.TryParse<Member>(asked, MemberType.TypeName);
                if (person is not { } whose)
                    return Array.Empty<JournalEntry>();
                if (whose != me)
                    return await c.Service<JournalReaders>().SharedEntriesAsync(whose, MaxListed, c.CancellationToken);
                await using var db = await c.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(c.CancellationToken);
                return await db.Set<JournalEntry>().AsNoTracking().Where(e => e.PersonId == me).OrderByDescending(e => e.Id).Take(MaxListed).ToListAsync(c.CancellationToken);
            });
}

public sealed class JournalMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        Add<AddJournalEntryInputType, AddJournalEntryInput>(mutation, "addJournalEntry", "Writes an entry in your own journal, private to you.", (s, i, t) => s.AddAsync(i, t));
        Add<ShareJournalEntryInputType, ShareJournalEntryInput>(mutation, "shareJournalEntry", "Lets named staff of an organisation that supports you read one entry.", (s, i, t) => s.ShareAsync(i, t));
        Add<UnshareJournalEntryInputType, ShareJournalEntryInput>(mutation, "unshareJournalEntry", "Withdraws an entry from named staff, from their next request.", (s, i, t) => s.UnshareAsync(i, t));
    }

    private static void Add<TInputType, TInput>(ObjectGraphType mutation, string name, string description, Func<JournalService, TInput, CancellationToken, Task<JournalEntry>> run)
        where TInputType : IInputObjectGraphType
        => mutation.Field<NonNullGraphType<ResultPayloadType<JournalEntry, JournalEntryType>>>(name).Description(description)
            .Argument<NonNullGraphType<TInputType>>("input").RequireAuthentication()
            .ResolveAsync(async c => await Mutations.RunAsync(c, () => run(c.Service<JournalService>(), c.Input<TInput>(), c.CancellationToken)));
}
