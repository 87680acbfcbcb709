using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Courses.Hours;

internal sealed class HoursCreditConfiguration : IEntityTypeConfiguration<HoursCredit>
{
    public void Configure(EntityTypeBuilder<HoursCredit> builder)
    {
        builder.ToTable("course_hours_credits", t => t.HasCheckConstraint("ck_course_hours_credits_minutes", "minutes > 0"));
        builder.HasKey(c => c.TransferId);
        builder.Property(c => c.Description).HasMaxLength(500);
        builder.HasOne<Transfer>().WithOne().HasForeignKey<HoursCredit>(c => c.TransferId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.GiverId).OnDelete(DeleteBehavior.Restrict);
    }
}
