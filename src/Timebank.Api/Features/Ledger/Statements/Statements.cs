using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Common;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

/// <summary>Statement paging: by entry number within the account, the period read by each line's date.</summary>
public static class Statements
{
    public const string Rule = "Posted movements, in the order they were recorded, each with the balance right after it. "
        + "from and to select lines by their date (the day the movement is about: for an exchange, the day the help was given), "
        + "so help recorded late appears in the period it was given.";

    public static Task<Connection> PageAsync(IResolveFieldContext context, Account account)
    {
        var range = DateRange.Of(context.GetArgument<LocalDate?>("from"), context.GetArgument<LocalDate?>("to"));
        var id = account.Id;
        // Open ends as the widest dates both stores hold, so the compiled queries take no nullable date parameters.
        var (first, last) = (range.From ?? new LocalDate(1, 1, 1), range.To ?? new LocalDate(9999, 12, 31));
        return KeysetPaging.PageAsync<AccountEntry, long>(
            context.Service<IDbContextFactory<TimebankDbContext>>(),
            (db, after, backward, take) => backward
                ? Backward(db, id, first, last, after ?? long.MaxValue, take)
                : Forward(db, id, first, last, after ?? long.MinValue, take),
            // With no period the count is of the key alone, which the store reads from its index without a row each.
            db => (range.From is null && range.To is null ? db.Set<AccountEntry>().Where(e => e.AccountId == id) : Lines(db, id, first, last))
                .CountAsync(context.CancellationToken),
            e => e.Sequence,
            SequenceCursor.Instance,
            PageRequest.From(context, context.Service<IOptions<GraphQLOptions>>().Value),
            context.CancellationToken);
    }

    // Statements are the busiest list: compiled once, so a page skips EF's per-query expression work.
    private static readonly Func<TimebankDbContext, Id<Account>, LocalDate, LocalDate, long, int, IAsyncEnumerable<AccountEntry>> Forward =
        EF.CompileAsyncQuery((TimebankDbContext db, Id<Account> id, LocalDate from, LocalDate to, long after, int take)
            => db.Set<AccountEntry>().AsNoTracking().Where(e => e.AccountId == id && e.ValueDate >= from && e.ValueDate <= to && e.Sequence > after).OrderBy(e => e.Sequence).Take(take));

    private static readonly Func<TimebankDbContext, Id<Account>, LocalDate, LocalDate, long, int, IAsyncEnumerable<AccountEntry>> Backward =
        EF.CompileAsyncQuery((TimebankDbContext db, Id<Account> id, LocalDate from, LocalDate to, long before, int take)
            => db.Set<AccountEntry>().AsNoTracking().Where(e => e.AccountId == id && e.ValueDate >= from && e.ValueDate <= to && e.Sequence < before).OrderByDescending(e => e.Sequence).Take(take));

    private static IQueryable<AccountEntry> Lines(TimebankDbContext db, Id<Account> id, LocalDate from, LocalDate to)
        => db.Set<AccountEntry>().AsNoTracking().Where(e => e.AccountId == id && e.ValueDate >= from && e.ValueDate <= to);
}
