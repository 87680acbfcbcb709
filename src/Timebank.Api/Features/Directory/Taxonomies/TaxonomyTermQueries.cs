using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Timebank.Api.Features.Directory.Search;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Directory;

namespace Timebank.Api.Features.Directory.Taxonomies;

/// <summary>The directory's categories, readable without signing in, so a search form can offer them by name.</summary>
public sealed class TaxonomyTermQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<TaxonomyTermType>>>("taxonomyTerms")
            .Description("The directory's taxonomy terms by name, readable without signing in; topLevelOnly leaves out terms under another.")
            .Argument<BooleanGraphType>("topLevelOnly")
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                var page = PageRequest.From(c, c.Service<IOptions<GraphQLOptions>>().Value);
                var offset = -1;
                if (page.Cursor is not null && !OffsetCursor.TryDecode(page.Cursor, out offset))
                    throw PageRequest.Invalid("The cursor is not one this list gave out.");
                var topOnly = c.GetArgument<bool?>("topLevelOnly") == true;
                var databases = c.Service<IDbContextFactory<TimebankDbContext>>();
                await using var db = await databases.CreateDbContextAsync(c.CancellationToken);
                var terms = db.Set<TaxonomyTerm>().AsNoTracking().Where(t => !topOnly || t.ParentId == null);
                // Backward pages end just before the cursor (or at the end); forward pages start just after it.
                var total = await terms.CountAsync(c.CancellationToken);
                var start = page.Backward ? Math.Max(0, (page.Cursor is null ? total : offset) - page.Size) : offset + 1;
                var size = page.Backward ? Math.Min(page.Size, (page.Cursor is null ? total : offset) - start) : page.Size;
                var rows = await terms.OrderBy(t => t.Name).ThenBy(t => t.Id).Skip(start).Take(Math.Max(0, size)).ToListAsync(c.CancellationToken);
                var edges = rows.Select((t, i) => new Edge(OffsetCursor.Encode(start + i), t)).ToList();
                var info = new PageInfo(HasNextPage: start + rows.Count < total, HasPreviousPage: start > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
                return new Connection(edges, info, () => Task.FromResult(total));
            });
    }
}
