using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timebank.Api.Features.Courses;
using Timebank.Domain.Flexi.Staff;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Flexi;

internal sealed class StaffProfileConfiguration : IEntityTypeConfiguration<StaffProfile>
{
    public void Configure(EntityTypeBuilder<StaffProfile> builder)
    {
        builder.ToTable("flexi_staff_profiles");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Background).HasMaxLength(StaffProfile.BackgroundMaxLength);
        builder.Property(p => p.PhotoReference).HasMaxLength(StaffProfile.PhotoReferenceMaxLength);
        builder.Ignore(p => p.Skills);
        builder.Ignore(p => p.Interests);
        builder.Ignore(p => p.Languages);
        foreach (var (field, column) in new[] { ("_skills", "skills"), ("_interests", "interests"), ("_languages", "languages") })
        {
            builder.Property<List<string>>(field).HasColumnName(column)
                .HasConversion(JsonColumn.Converter<string, string>(t => t, t => t), JsonColumn.Comparer<string>());
        }
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
        // One profile per member of staff per provider.
        builder.HasIndex(p => new { p.ProviderId, p.MemberId }).IsUnique();
    }
}
