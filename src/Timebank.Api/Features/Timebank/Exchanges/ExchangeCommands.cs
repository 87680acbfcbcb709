using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Caching;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

/// <summary>
/// How the timebank's hours-moving mutations run on <see cref="LedgerOperations"/>, per request: the accounts an
/// operation names (so a limit refusal is put in the asker's terms, see <see cref="LimitRefusals"/>), the exchange
/// it resolves (so a lost race reads as <see cref="ExchangeResolved"/>), and the exchanges written (primed for the payload).
/// </summary>
public sealed class ExchangeCommands(LedgerOperations operations, LimitRefusals refusals, ByIdLoader<Exchange> exchanges, LookupCache cache)
{
    private readonly List<Exchange> _written = [];
    private readonly List<Party> _parties = [];
    private Id<Exchange>? _resolving;

    public async Task<ExchangesRecorded> RunAsync(string operation, string? key, object inputWithoutKey,
        Func<Id<Member>, Task<ILedgerCommand<ExchangesRecorded>>> prepare, CancellationToken cancellationToken)
    {
        _parties.Clear();
        _resolving = null;
        var result = await operations.RunAsync(operation, key, inputWithoutKey, prepare, cancellationToken, (actor, refused) => PresentAsync(actor, refused, cancellationToken));
        foreach (var exchange in _written)
            exchanges.Prime(exchange.Id, exchange);
        return result;
    }

    /// <summary>Replays too: the stored refusal holds every fact, and is put in this asker's terms each time.</summary>
    private async Task<DomainError> PresentAsync(Id<Member> actor, DomainError refused, CancellationToken cancellationToken) => refused switch
    {
        LimitExceeded limit => await refusals.PresentAsync(limit, _parties, actor, cancellationToken),
        HoldNotPending resolved when _resolving is { } exchange => ExchangeResolved.As(exchange, resolved.State switch
        {
            "POSTED" => ExchangeStatus.Confirmed,
            "VOIDED" => ExchangeStatus.Declined,
            _ => ExchangeStatus.Expired,
        }),
        _ => refused,
    };

    /// <summary>The exchange the operation confirms or declines, named in a refusal if another request resolved it first.</summary>
    public void Resolving(Id<Exchange> exchange) => _resolving = exchange;

    /// <summary>Remembers the accounts the operation names, as the asker knows them; see <see cref="LimitRefusals"/>.</summary>
    public void Name(Id<Member> actor, Membership membership, params (Id<Account> Account, string Field, string Role, Id<Member>? Member, int? Position)[] accounts)
        => _parties.AddRange(accounts.Select(a => new Party(a.Account, a.Field, a.Role, a.Member,
            Readable: membership.Has(Roles.Coordinator) || a.Member is null || a.Member == actor, a.Position)));

    /// <summary>
    /// A ledger command; the exchanges it writes are remembered for the payload. One prepared from a timebank's
    /// <paramref name="settings"/> runs only while they still stand (<see cref="SettingsUnchanged"/>).
    /// </summary>
    public LedgerCommand<ExchangesRecorded> Command(IReadOnlyCollection<Id<Account>> accounts, Func<LedgerBook, Instant, ICollection<object>, ExchangesRecorded> apply,
        IReadOnlyCollection<Id<Transfer>>? holds = null, IReadOnlyCollection<Id<Transfer>>? reversals = null, TimebankSettings? settings = null)
        => new(new LedgerNeeds(accounts, holds, reversals, settings is null ? null : [new SettingsUnchanged(settings, () => cache.Forget(TimebankService.SettingsKey(settings.OrganisationId)))]), (book, now, inserts) =>
        {
            var result = apply(book, now, inserts);
            _written.AddRange(inserts.OfType<Exchange>());
            return result;
        });

    /// <summary>Warnings name balances, so a member hears only about their own account; a coordinator about all.</summary>
    public static Id<Account>[] Visible(Id<Member> actor, Membership membership, params (Id<Member> Member, Id<Account> Account)[] accounts)
        => accounts.Where(a => membership.Has(Roles.Coordinator) || a.Member == actor).Select(a => a.Account).ToArray();
}
