using NodaTime;
using Timebank.Domain.Ledger;

namespace Timebank.Domain.Flexi.Movements;

/// <summary>
/// What should move in a service's ledger, for the API layer to hand to the ledger engine. Each carries an
/// idempotency key derived from what it is, so asking twice moves once.
/// </summary>
public abstract record Movement(IdempotencyKey Key, FlexiUnit Unit, string Description);

/// <summary>Posted at once from one account to another.</summary>
public sealed record MoveNow(IdempotencyKey Key, FlexiUnit Unit, FlexiAccount From, FlexiAccount To, Amount Amount, string Description)
    : Movement(Key, Unit, Description);

/// <summary>Held against <see cref="From"/>'s available balance until posted or voided; with a deadline it expires there.</summary>
public sealed record HoldNow(IdempotencyKey Key, FlexiUnit Unit, FlexiAccount From, FlexiAccount To, Amount Amount, Instant? ExpiresAt, string Description)
    : Movement(Key, Unit, Description);

/// <summary>Posts the hold made under <see cref="HoldKey"/>, in full or for less (the rest is released).</summary>
public sealed record PostHeld(IdempotencyKey Key, FlexiUnit Unit, IdempotencyKey HoldKey, Amount Amount, string Description)
    : Movement(Key, Unit, Description);

/// <summary>Releases the hold made under <see cref="HoldKey"/>; nothing moves.</summary>
public sealed record VoidHeld(IdempotencyKey Key, FlexiUnit Unit, IdempotencyKey HoldKey, string Description)
    : Movement(Key, Unit, Description);
