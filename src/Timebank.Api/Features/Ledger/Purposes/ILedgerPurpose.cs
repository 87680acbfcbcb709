using NodaTime;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Ledger;

/// <summary>
/// What a feature's ledgers mean, registered with <see cref="LedgerPurposeRegistration.AddLedgerPurpose{T}"/> from
/// the feature's own <c>XFeature.cs</c>: the engine stores only numbers and asks the purpose what they mean.
/// Implementations are singletons; what depends on the asker is passed in.
/// </summary>
public interface ILedgerPurpose
{
    LedgerPurpose Purpose { get; }

    LedgerUnit Unit { get; }

    /// <summary>The purpose's account kinds, each with its GraphQL enum name and whose id the owner id is.</summary>
    IReadOnlyList<LedgerAccountKind> AccountKinds { get; }

    /// <summary>The role whose holders administer the purpose's ledgers: read every account, reverse transfers, set limits.</summary>
    Roles Administrators { get; }

    /// <summary>Who may read the purpose's accounts, in words for the schema (e.g. "your own, or any in your organisation").</summary>
    string Readers { get; }

    /// <summary>Whether an active member of the ledger's organisation who does not administer it may read the account.</summary>
    bool CanRead(Account account, Id<Member> viewer, Membership membership);

    /// <summary>The zone the ledger's dates are read in; a cached lookup, as it is asked for per statement.</summary>
    Task<DateTimeZone> ZoneAsync(LedgerOwner ledger, CancellationToken cancellationToken);

    /// <summary>Statement lines in words for many transfers at once (transfers the purpose did not record are left out).</summary>
    Task<IReadOnlyDictionary<Id<Transfer>, string>> DescribeAsync(IReadOnlyCollection<Id<Transfer>> transfers, CancellationToken cancellationToken);
}

/// <summary>Whose id an account's owner id is.</summary>
public enum AccountOwner
{
    Member,
    Organisation,
}

/// <summary>An account kind as a purpose declares it: its stored number, its name in the schema and its owner.</summary>
public sealed record LedgerAccountKind(AccountKind Kind, string GraphQLName, AccountOwner Owner);
