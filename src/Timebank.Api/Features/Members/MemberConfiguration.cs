using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Members;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.ToTable("members");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Email)
            .HasConversion(email => email!.Value, value => EmailAddress.FromStored(value))
            .HasMaxLength(EmailAddress.MaxLength);
        builder.HasIndex(m => m.Email).IsUnique();
        builder.Property(m => m.DisplayName)
            .HasConversion(name => name.Value, value => DisplayName.FromStored(value))
            .HasMaxLength(DisplayName.MaxLength)
            .IsRequired();
        builder.Property(m => m.PasswordHash).HasMaxLength(200);
        builder.Property(m => m.ExternalIssuer).HasMaxLength(Member.ExternalIdMaxLength);
        builder.Property(m => m.ExternalSubject).HasMaxLength(Member.ExternalIdMaxLength);
        builder.HasIndex(m => new { m.ExternalIssuer, m.ExternalSubject }).IsUnique();
    }
}
