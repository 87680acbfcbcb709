using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Members;

internal sealed class AccountNoticeConfiguration : IEntityTypeConfiguration<AccountNotice>
{
    public void Configure(EntityTypeBuilder<AccountNotice> builder)
    {
        builder.ToTable("account_notices", table => table.HasCheckConstraint("ck_account_notices_kind", "kind IN (1)"));
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasConversion<int>();
        builder.HasOne<Member>().WithMany().HasForeignKey(n => n.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.MemberId, n.CreatedAt });
    }
}
