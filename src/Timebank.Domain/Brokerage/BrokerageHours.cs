using NodaTime;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Brokerage;

/// <summary>Whose timebank account hours come from.</summary>
public abstract record HoursPayer
{
    private HoursPayer()
    {
    }

    /// <summary>The person's own hours account in the timebank.</summary>
    public sealed record Person(Id<Member> MemberId) : HoursPayer;

    /// <summary>The timebank's pool, under its brokerage grant.</summary>
    public sealed record Pool(Id<Organisation> Timebank) : HoursPayer;
}

/// <summary>
/// What should move when a request closes: from the payer to the broker's hours account in the same timebank, as one
/// exchange in the same transaction as the close. The key is derived from the request, so a retried close moves once.
/// </summary>
public sealed record HoursToMove(Id<Organisation> Timebank, HoursPayer From, Id<Member> ToBroker, Amount Minutes, IdempotencyKey Key, string Description, LocalDate Date);

/// <summary>The person's hours account as the ledger has it now: what is available and the lowest it may go.</summary>
public sealed record PersonAccount(Id<Member> MemberId, long Available, long? Floor)
{
    public bool CanPay(long minutes) => Floor is not { } floor || Available - minutes >= floor;
}

/// <summary>
/// Who pays the hours of a closed request. The person pays from their own account when they are a member whose
/// account can take the debit (within its floor, so members may go into debit as the timebank allows). Otherwise the
/// pool pays if the coordinator has set a brokerage grant; if not, the close is refused and nothing is saved.
/// </summary>
public static class BrokerageHours
{
    public const string KeyPrefix = "brokerage-close:";
    public const int DescriptionWhatMaxLength = 80;

    /// <param name="personAccount">The person's account in this timebank, or null when they are not a member with one.</param>
    /// <returns>Null when no hours were given.</returns>
    public static HoursToMove? ForClosed(BrokerageRequest request, PersonAccount? personAccount, BrokerageSettings settings)
    {
        if (request.State != BrokerageRequestState.Closed || request.ChosenBrokerId is not { } broker || request.ClosedOn is not { } date)
            throw new InvalidOperationException("Hours are worked out for a closed request that had a broker.");
        if (settings.OrganisationId != request.OrganisationId)
            throw new ArgumentException("The settings are another timebank's.", nameof(settings));
        if (request.MinutesGiven is not (> 0 and var minutes))
            return null;
        var payer = Payer(request, personAccount, settings, minutes);
        var what = request.WhatToArrange.Length <= DescriptionWhatMaxLength ? request.WhatToArrange : request.WhatToArrange[..DescriptionWhatMaxLength].TrimEnd() + "…";
        return new HoursToMove(request.OrganisationId, payer, broker, Amount.Of(minutes, "minutesGiven"),
            IdempotencyKey.Parse(KeyPrefix + request.Id), $"Peer brokerage: {what}", date);
    }

    private static HoursPayer Payer(BrokerageRequest request, PersonAccount? account, BrokerageSettings settings, long minutes)
    {
        var member = request.PersonMemberId;
        if (account is not null && account.MemberId != member)
            throw new ArgumentException("That account is not the person's.", nameof(account));
        if (member is { } person && account is not null && account.CanPay(minutes))
            return new HoursPayer.Person(person);
        if (settings.GrantFromPool)
            return new HoursPayer.Pool(request.OrganisationId);
        throw new DomainException(new NoOneCanPay(minutes, account is null ? NoOneCanPay.NotAMember : NoOneCanPay.PastFloor));
    }
}
