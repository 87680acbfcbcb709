using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Timebank.Api.Platform.Auth;

internal sealed class StoredSigningKeyConfiguration : IEntityTypeConfiguration<StoredSigningKey>
{
    public void Configure(EntityTypeBuilder<StoredSigningKey> builder)
    {
        builder.ToTable("signing_keys");
        builder.HasKey(k => k.Purpose);
        builder.Property(k => k.Purpose).HasMaxLength(StoredSigningKey.PurposeMaxLength);
        builder.Property(k => k.Material).HasMaxLength(200).IsRequired();
    }
}

/// <summary>ASP.NET Core Data Protection's key ring, shared by every node like the signing key.</summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder) => builder.ToTable("data_protection_keys");
}
