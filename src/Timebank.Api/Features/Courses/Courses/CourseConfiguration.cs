using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Courses;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Courses.Courses;

internal sealed class AccreditationKindConverter() : ValueConverter<AccreditationKind, string>(kind => kind.Code, code => AccreditationKind.FromStored(code));

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.ToTable("courses");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Title).HasMaxLength(Course.TitleMaxLength);
        builder.Property(c => c.Description).HasMaxLength(Course.DescriptionMaxLength);
        builder.Property(c => c.SearchText).HasMaxLength(Course.TitleMaxLength + Course.DescriptionMaxLength + 1);
        builder.Property(c => c.Grants).HasConversion(new AccreditationKindConverter()).HasMaxLength(AccreditationKind.MaxLength);
        builder.Property(c => c.FacilitatorsMustHold).HasConversion((ValueConverter?)new AccreditationKindConverter()).HasMaxLength(AccreditationKind.MaxLength);
        builder.Property(c => c.Formats).HasConversion<int>();
        builder.Property(c => c.Enrolment).HasConversion<int>();
        builder.Property(c => c.Rule).HasConversion(
                new ValueConverter<CompletionRule, string>(rule => StoredRule.Write(rule), text => StoredRule.Read(text)),
                new ValueComparer<CompletionRule>((a, b) => StoredRule.Write(a!) == StoredRule.Write(b!), rule => StoredRule.Write(rule).GetHashCode(StringComparison.Ordinal), rule => StoredRule.Read(StoredRule.Write(rule))))
            .HasMaxLength(4000);
        builder.Property<int>(TimebankDbContext.VersionProperty).IsConcurrencyToken();
        builder.HasMany(c => c.Modules).WithOne().HasForeignKey("CourseId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Modules).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.HoursTimebankId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.CreatedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.OrganisationId, c.Id });
        builder.HasIndex(c => new { c.Grants, c.Id });
    }
}

internal sealed class CourseModuleConfiguration : IEntityTypeConfiguration<CourseModule>
{
    public void Configure(EntityTypeBuilder<CourseModule> builder)
    {
        builder.ToTable("course_modules");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Title).HasMaxLength(CourseModule.TitleMaxLength);
    }
}

internal sealed class CourseApplicationConfiguration : IEntityTypeConfiguration<CourseApplication>
{
    public void Configure(EntityTypeBuilder<CourseApplication> builder)
    {
        builder.ToTable("course_applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Statement).HasMaxLength(CourseApplication.StatementMaxLength);
        builder.Property(a => a.Note).HasMaxLength(CourseApplication.NoteMaxLength);
        builder.Property(a => a.Status).HasConversion<int>();
        builder.Property<int>(TimebankDbContext.VersionProperty).IsConcurrencyToken();
        builder.HasOne<Course>().WithMany().HasForeignKey(a => a.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(a => a.ApplicantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(a => a.DecidedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.CourseId, a.ApplicantId });
    }
}
