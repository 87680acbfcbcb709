using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Flexi;

/// <summary>
/// A movement the domain asked for, by its derived key, and the transfer that made it: the key is unique in the
/// store, so a movement happens once; holds are found by key when they are posted or voided; statements read its words.
/// </summary>
public sealed class FlexiMovement
{
    public const int DescriptionMaxLength = 500;

    public string Key { get; private set; }
    public Id<FlexiService> ServiceId { get; private set; }
    public FlexiUnit Unit { get; private set; }
    public Id<Transfer> TransferId { get; private set; }
    public string Description { get; private set; }

    public FlexiMovement(string key, Id<FlexiService> serviceId, FlexiUnit unit, Id<Transfer> transferId, string description)
    {
        Key = key;
        ServiceId = serviceId;
        Unit = unit;
        TransferId = transferId;
        Description = description;
    }
}

internal sealed class FlexiMovementConfiguration : IEntityTypeConfiguration<FlexiMovement>
{
    public void Configure(EntityTypeBuilder<FlexiMovement> builder)
    {
        builder.ToTable("flexi_movements");
        builder.HasKey(m => m.Key);
        builder.Property(m => m.Key).HasMaxLength(IdempotencyKey.MaxLength);
        builder.Property(m => m.Unit).HasConversion<int>();
        builder.Property(m => m.Description).HasMaxLength(FlexiMovement.DescriptionMaxLength);
        builder.HasOne<FlexiService>().WithMany().HasForeignKey(m => m.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Transfer>().WithOne().HasForeignKey<FlexiMovement>(m => m.TransferId).OnDelete(DeleteBehavior.Restrict);
    }
}
