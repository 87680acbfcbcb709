using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Ledger;

internal sealed class LedgerConfiguration : IEntityTypeConfiguration<Domain.Ledger.Ledger>
{
    public void Configure(EntityTypeBuilder<Domain.Ledger.Ledger> builder)
    {
        builder.ToTable("ledgers", t => t.HasCheckConstraint("ck_ledgers_unit", "unit IN (1, 2)"));
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Purpose).HasConversion(p => p.Code, code => new LedgerPurpose(code));
        builder.Property(l => l.Unit).HasConversion<int>();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(l => l.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// The database holds the limits itself: whatever code path writes a balance, PostgreSQL and SQLite refuse a row
/// whose posted or available balance lies past its floor or ceiling, or whose holds are negative.
/// </summary>
internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable("accounts", t =>
        {
            t.HasCheckConstraint("ck_accounts_floor", "floor IS NULL OR posted - pending_debits >= floor");
            t.HasCheckConstraint("ck_accounts_ceiling", "ceiling IS NULL OR posted + pending_credits <= ceiling");
            t.HasCheckConstraint("ck_accounts_holds", "pending_debits >= 0 AND pending_credits >= 0 AND entry_count >= 0");
            t.HasCheckConstraint("ck_accounts_limits", "floor IS NULL OR ceiling IS NULL OR floor <= ceiling");
        });
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        // (ledger, id) is what transfers point at, so a transfer's accounts must share its ledger.
        builder.HasAlternateKey(a => new { a.LedgerId, a.Id });
        builder.Property(a => a.Unit).HasConversion<int>();
        builder.Property(a => a.Kind).HasConversion(k => k.Code, code => new AccountKind(code));
        builder.Ignore(a => a.Available);
        builder.Ignore(a => a.Limits);
        builder.Ignore(a => a.IsBeyondSoftLimit);
        builder.HasOne<Domain.Ledger.Ledger>().WithMany().HasForeignKey(a => a.LedgerId).OnDelete(DeleteBehavior.Restrict);
        // One account of each kind per owner per ledger (e.g. one hours account per member).
        builder.HasIndex(a => new { a.LedgerId, a.Kind, a.OwnerId }).IsUnique();
        builder.HasIndex(a => a.OwnerId);
    }
}

internal sealed class TransferConfiguration : IEntityTypeConfiguration<Transfer>, IUnindexedForeignKeys
{
    public IEnumerable<(Type Entity, string Properties)> UnindexedForeignKeys =>
    [
        (typeof(Transfer), $"{nameof(Transfer.LedgerId)},{nameof(Transfer.DebitAccountId)}"),
        (typeof(Transfer), $"{nameof(Transfer.LedgerId)},{nameof(Transfer.CreditAccountId)}"),
    ];

    public void Configure(EntityTypeBuilder<Transfer> builder)
    {
        builder.ToTable("transfers", t =>
        {
            t.HasCheckConstraint("ck_transfers_amount", "amount > 0");
            t.HasCheckConstraint("ck_transfers_accounts", "debit_account_id <> credit_account_id");
            t.HasCheckConstraint("ck_transfers_kind", "kind IN (1, 2, 3, 4, 5)");
            t.HasCheckConstraint("ck_transfers_resolution", "(kind IN (3, 4, 5)) = (pending_id IS NOT NULL)");
            t.HasCheckConstraint("ck_transfers_reversal", "reverses_id IS NULL OR kind = 1");
        });
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Kind).HasConversion<int>();
        builder.Ignore(t => t.MovesPostedBalance);
        builder.HasOne<Account>().WithMany().HasForeignKey(t => new { t.LedgerId, t.DebitAccountId })
            .HasPrincipalKey(a => new { a.LedgerId, a.Id }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(t => new { t.LedgerId, t.CreditAccountId })
            .HasPrincipalKey(a => new { a.LedgerId, a.Id }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Transfer>().WithMany().HasForeignKey(t => t.PendingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Transfer>().WithMany().HasForeignKey(t => t.ReversesId).OnDelete(DeleteBehavior.Restrict);
        // A hold is resolved once, a transfer reversed once: the database refuses a second row for either.
        builder.HasIndex(t => t.PendingId).IsUnique().HasFilter("pending_id IS NOT NULL");
        builder.HasIndex(t => t.ReversesId).IsUnique().HasFilter("reverses_id IS NOT NULL");
        builder.HasIndex(t => new { t.LedgerId, t.CreatedAt });
    }
}

internal sealed class AccountEntryConfiguration : IEntityTypeConfiguration<AccountEntry>, IUnindexedForeignKeys
{
    public IEnumerable<(Type Entity, string Properties)> UnindexedForeignKeys => [(typeof(AccountEntry), nameof(AccountEntry.TransferId))];

    public void Configure(EntityTypeBuilder<AccountEntry> builder)
    {
        builder.ToTable("account_entries", t => t.HasCheckConstraint("ck_account_entries_change", "change <> 0 AND sequence > 0"));
        builder.HasKey(e => new { e.AccountId, e.Sequence });
        builder.HasOne<Account>().WithMany().HasForeignKey(e => e.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Transfer>().WithMany().HasForeignKey(e => e.TransferId).OnDelete(DeleteBehavior.Restrict);
        // No (account, at) or (account, value_date) index: every exchange would write two more scattered pages for it,
        // and statements filtered by date read the account's lines by number instead (fine for accounts of ordinary length).
    }
}

/// <summary>Open holds are a working index (resolved ones are deleted); the journal keeps every hold for good.</summary>
internal sealed class OpenHoldConfiguration : IEntityTypeConfiguration<OpenHold>
{
    public void Configure(EntityTypeBuilder<OpenHold> builder)
    {
        builder.ToTable("open_holds", t => t.HasCheckConstraint("ck_open_holds_amount", "amount > 0"));
        builder.HasKey(h => h.TransferId);
        builder.HasOne<Transfer>().WithOne().HasForeignKey<OpenHold>(h => h.TransferId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => h.ExpiresAt);
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_records");
        builder.HasKey(r => new { r.Scope, r.Key });
        builder.Property(r => r.Key).HasMaxLength(IdempotencyKey.MaxLength);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
    }
}
