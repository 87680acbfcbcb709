using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

/// <summary>Statement paging: by entry number within the account, the period read by each line's date.</summary>
public static class Statements
{
    public const string Rule = "Posted movements, in the order they were recorded, each with the balance right after it. "
        + "from and to select lines by their date (the day the movement is about: for an exchange, the day the help was given), "
        + "so help recorded late appears in the period it was given.";

    public static async Task<Connection> PageAsync(IResolveFieldContext context, Account account)
    {
        var range = DateRange.Of(context.GetArgument<LocalDate?>("from"), context.GetArgument<LocalDate?>("to"));
        var (id, from, to) = (account.Id, range.From, range.To);
        return await KeysetPaging.PageAsync(
            context.Service<IDbContextFactory<TimebankDbContext>>(),
            db => db.Set<AccountEntry>().Where(e => e.AccountId == id && (from == null || e.ValueDate >= from) && (to == null || e.ValueDate <= to)),
            e => e.Sequence,
            SequenceCursor.Instance,
            PageRequest.From(context, context.Service<IOptions<GraphQLOptions>>().Value),
            context.CancellationToken);
    }
}
