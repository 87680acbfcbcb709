using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

/// <summary>
/// A timebank command runs only on the settings it was prepared from: its time zone dates the exchange, its
/// confirmation days set a hold's deadline, and another API process may have changed them since this one cached
/// them. Compared: everything <see cref="TimebankSettings.Configure"/> changes.
/// </summary>
internal sealed class SettingsUnchanged(TimebankSettings used, Action forgetCached) : ILedgerPrecondition
{
    public object Key => (nameof(SettingsUnchanged), used.OrganisationId);

    public async Task<object?> ReadAsync(TimebankDbContext db, CancellationToken cancellationToken)
        => await db.Set<TimebankSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.OrganisationId == used.OrganisationId, cancellationToken);

    public bool HoldsFor(object? current)
        => current is TimebankSettings now
            && now.MemberFloor == used.MemberFloor && now.MemberCeiling == used.MemberCeiling
            && now.MemberWarnBelow == used.MemberWarnBelow && now.MemberWarnAbove == used.MemberWarnAbove
            && now.ConfirmationDays == used.ConfirmationDays && now.TimeZone.Id == used.TimeZone.Id;

    public void Stale() => forgetCached();
}
