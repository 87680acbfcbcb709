using NodaTime;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Flexi.Tools;

/// <summary>What a generated step wrote: the transfer a later step resolves (a session's or a purchase's hold), if any.</summary>
internal sealed record StepWritten(Id<Transfer>? Transfer);

/// <summary>A clock the generator moves through a service's year, for the allowance runner's steps.</summary>
internal sealed class MovableClock(Instant start) : IClock
{
    private long _ticks = start.ToUnixTimeTicks();

    public Instant Now
    {
        get => Instant.FromUnixTimeTicks(Interlocked.Read(ref _ticks));
        set => Interlocked.Exchange(ref _ticks, value.ToUnixTimeTicks());
    }

    public Instant GetCurrentInstant() => Now;
}
