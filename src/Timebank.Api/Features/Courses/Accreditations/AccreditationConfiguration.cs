using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timebank.Api.Features.Courses.Courses;
using Timebank.Domain.Courses;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Courses.Accreditations;

/// <summary>Accreditations granted by courses or recorded by organisers: this feature's own table.</summary>
internal sealed class AccreditationConfiguration : IEntityTypeConfiguration<Accreditation>
{
    public void Configure(EntityTypeBuilder<Accreditation> builder)
    {
        builder.ToTable("course_accreditations");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Kind).HasConversion(new AccreditationKindConverter()).HasMaxLength(AccreditationKind.MaxLength);
        builder.Property(a => a.SourceKind).HasConversion<int>();
        builder.Property(a => a.SourceDescription).HasMaxLength(Accreditation.SourceMaxLength);
        builder.HasOne<Member>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(a => a.RecordedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Course>().WithMany().HasForeignKey(a => a.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(a => a.CohortId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.MemberId, a.Id });
        builder.HasIndex(a => new { a.OrganisationId, a.Kind, a.Id });
        builder.HasIndex(a => new { a.Kind, a.MemberId });
    }
}

internal sealed class AccreditationPracticeConfiguration : IEntityTypeConfiguration<AccreditationPractice>
{
    public void Configure(EntityTypeBuilder<AccreditationPractice> builder)
    {
        builder.ToTable("accreditation_practice");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.What).HasMaxLength(AccreditationPractice.WhatMaxLength);
        builder.HasOne<Accreditation>().WithMany().HasForeignKey(p => p.AccreditationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.RecordedBy).OnDelete(DeleteBehavior.Restrict);
    }
}
