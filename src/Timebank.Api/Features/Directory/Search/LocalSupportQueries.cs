using System.Text;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Timebank.Api.Features.Directory.Entries;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Directory;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Directory.Search;

public sealed class LocalSupportQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<LocalSupportType>>>("localSupports")
            .Description("The directory of local supports, readable without signing in. With text, the best matches come first; otherwise in the order they were listed.")
            .Argument<LocalSupportFilterType>("filter")
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                var f = c.GetArgument<LocalSupportFilter?>("filter");
                var asked = new DirectoryQuery
                {
                    Text = f?.Text,
                    TaxonomyTermId = f?.TaxonomyTermId,
                    Area = f?.Area,
                    Format = f?.Format,
                    FreeOnly = f?.FreeOnly == true,
                    Day = f?.OpenAt?.Day.ToString(),
                    StartTime = f?.OpenAt?.Time,
                    EndTime = f?.OpenAt?.Until,
                    AgeFrom = f?.Age,
                    AgeTo = f?.Age,
                    Latitude = f?.Near?.Latitude,
                    Longitude = f?.Near?.Longitude,
                    Km = f?.Near?.Km,
                };
                return await PageAsync(c, asked);
            });

        query.Field<NonNullGraphType<ConnectionGraphType<LocalSupportType>>>("localSupportsToConfirm")
            .Description("For a group's coordinators and managers: its entries nobody has confirmed for 12 months (or ever), oldest first.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .PagingArguments()
            .RequireAuthentication()
            .ResolveAsync(async c =>
            {
                var organisation = GlobalId.TryParse<Organisation>(c.GetArgument<string>("organisationId"), "Organisation");
                if (organisation is null || !await c.Service<Viewer>().AdministersAsync(organisation.Value))
                    throw new ExecutionError("Only the group's coordinators and managers see which of its entries need confirming.") { Code = ErrorCodes.NotAllowed };
                var cutoff = c.Service<LocalSupportService>().Today.PlusMonths(-LocalService.ConfirmEveryMonths);
                var org = organisation.Value;
                var connection = await KeysetPaging.PageAsync(
                    c.Service<IDbContextFactory<TimebankDbContext>>(),
                    db => db.Set<LocalSupportRecord>().Where(r => r.OrganisationId == org && r.ArchivedAt == null && (r.AssuredDate == null || r.AssuredDate <= cutoff)),
                    r => r.Number, SequenceCursor.Instance, PageRequest.From(c, c.Service<IOptions<GraphQLOptions>>().Value), c.CancellationToken);
                return connection with { Edges = connection.Edges.Select(e => e with { Node = LocalSupportRecords.Restore((LocalSupportRecord)e.Node) }).ToList() };
            });
    }

    private static async Task<Connection> PageAsync(IResolveFieldContext c, DirectoryQuery asked)
    {
        DirectoryFilter filter;
        try
        {
            filter = DirectoryFilterParser.Parse(asked, DirectoryParameterNames.GraphQL, c.Service<LocalSupportService>().Today);
        }
        catch (DomainException e) when (e.Error is DirectoryEntryInvalid invalid)
        {
            throw new ExecutionError(string.Join(" ", invalid.Problems.Select(p => p.Message))) { Code = invalid.Problems[0].Code };
        }
        var page = PageRequest.From(c, c.Service<IOptions<GraphQLOptions>>().Value);
        var offset = 0;
        if (page.Cursor is not null && !OffsetCursor.TryDecode(page.Cursor, out offset))
            throw PageRequest.Invalid("The cursor is not one this list gave out.");
        var start = page.Backward ? Math.Max(0, (page.Cursor is null ? int.MaxValue : offset) - page.Size) : page.Cursor is null ? 0 : offset + 1;
        var search = c.Service<DirectorySearch>();
        var size = page.Backward && page.Cursor is not null ? Math.Min(page.Size, offset - start) : page.Size;
        if (page.Backward && page.Cursor is null)
        {
            var total = await search.CountAsync(filter, c.CancellationToken);
            start = Math.Max(0, total - page.Size);
        }
        var rows = size <= 0 ? [] : await search.PageAsync(filter, start, size + 1, c.CancellationToken);
        var more = rows.Count > size;
        var edges = rows.Take(size).Select((r, i) => new Edge(OffsetCursor.Encode(start + i), LocalSupportRecords.Restore(r))).ToList();
        var info = new PageInfo(HasNextPage: page.Backward ? false : more, HasPreviousPage: start > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection(edges, info, () => search.CountAsync(filter, c.CancellationToken));
    }
}

/// <summary>Cursors of a ranked search: the position in its order (rank has no key of its own to continue from).</summary>
internal static class OffsetCursor
{
    public static string Encode(int offset) => Convert.ToBase64String(Encoding.ASCII.GetBytes("o:" + offset.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static bool TryDecode(string cursor, out int offset)
    {
        offset = 0;
        if (cursor.Length > 32 || !Convert.TryFromBase64String(cursor, new byte[32], out var length))
            return false;
        var text = Encoding.ASCII.GetString(Convert.FromBase64String(cursor)[..length]);
        return text.StartsWith("o:", StringComparison.Ordinal)
            && int.TryParse(text[2..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out offset);
    }
}
