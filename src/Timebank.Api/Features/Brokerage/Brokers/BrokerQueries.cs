using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Brokerage.Brokers;

public sealed class BrokerQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
        => query.Field<NonNullGraphType<ConnectionGraphType<BrokerProfileType>>>("brokers")
            .Description("A timebank's brokers, for its signed-in members (empty for anyone else), filtered and ordered by relevance (the searched skill standing for what is wanted) or by name.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .Argument<BrokerFilterInputType>("filter")
            .Argument<BrokerOrderType>("orderBy", "RELEVANCE when left out.")
            .PagingArguments()
            .RequireAuthentication()
            .ResolveAsync(async c =>
            {
                var organisation = GlobalId.TryParse<Organisation>(c.GetArgument<string>("organisationId"), "Organisation");
                if (organisation is not { } timebank || !await c.Service<Viewer>().IsActiveMemberOfAsync(timebank))
                    return Connection.Empty;
                var filter = (c.GetArgument<BrokerFilterInput?>("filter") ?? new BrokerFilterInput(null, null, null, null, null, null, null)).ToFilter();
                var today = await c.Service<BrokerProfileService>().TodayAsync(timebank, c.CancellationToken);
                return await PageAsync(c, timebank, filter, [], filter.Skill, c.GetArgument("orderBy", BrokerOrder.Relevance), today);
            });

    /// <summary>One page of <see cref="BrokerSearch"/> as a connection, with position cursors.</summary>
    public static async Task<Connection> PageAsync(IResolveFieldContext c, Id<Organisation> timebank, Domain.Brokerage.BrokerFilter filter,
        IReadOnlyCollection<Id<Member>> excluded, string? wanted, BrokerOrder order, NodaTime.LocalDate today)
    {
        var page = PageRequest.From(c, c.Service<IOptions<GraphQLOptions>>().Value);
        var position = 0;
        if (page.Cursor is not null && !OffsetCursor.TryDecode(page.Cursor, out position))
            throw PageRequestError("The cursor is not one this list gave out.");
        var databases = c.Service<IDbContextFactory<TimebankDbContext>>();
        var held = c.Service<IHeldAccreditations>();
        int offset, size;
        if (page.Backward)
        {
            // The items before the cursor, or the last ones of the list.
            var end = page.Cursor is null ? await BrokerSearch.CountAsync(databases, held, timebank, filter, excluded, c.CancellationToken) : position;
            (offset, size) = (Math.Max(0, end - page.Size), Math.Min(page.Size, end));
        }
        else
        {
            (offset, size) = (page.Cursor is null ? 0 : position + 1, page.Size);
        }
        var found = await BrokerSearch.PageAsync(databases, held, timebank, filter, excluded, wanted, order, today, offset, size, c.CancellationToken);
        var edges = found.Brokers.Select((b, i) => new Edge(OffsetCursor.Encode(offset + i), b.Profile)).ToList();
        return new Connection(edges, new PageInfo(found.HasMore, offset > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), found.TotalCount);
    }

    private static ExecutionError PageRequestError(string message) => new(message) { Code = PageRequest.ErrorCode };
}
