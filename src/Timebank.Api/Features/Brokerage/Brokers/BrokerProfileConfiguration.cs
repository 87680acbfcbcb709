using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Timebank.Domain.Brokerage;
using Timebank.Domain.Directory;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Brokerage.Brokers;

internal sealed class BrokerProfileConfiguration : IEntityTypeConfiguration<BrokerProfile>
{
    public void Configure(EntityTypeBuilder<BrokerProfile> builder)
    {
        builder.ToTable("broker_profiles");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Bio).HasMaxLength(BrokerProfile.BioMaxLength);
        builder.Property(p => p.Availability).HasMaxLength(BrokerProfile.AvailabilityMaxLength);
        builder.Property(p => p.LivedExperience).HasMaxLength(BrokerProfile.LivedExperienceMaxLength);
        builder.Property(p => p.Formats).HasConversion<int>();
        builder.Property(p => p.Openness).HasConversion<int>();
        // The lists are read with the profile; searching uses broker_terms.
        builder.Ignore(p => p.Skills).Ignore(p => p.Languages).Ignore(p => p.AreasServed);
        builder.Property<List<string>>("_skills").HasColumnName("skills").HasConversion(Json<string>(s => s, s => s), new ListComparer<string>());
        builder.Property<List<LanguageCode>>("_languages").HasColumnName("languages").HasConversion(Json<LanguageCode>(l => l.Value, LanguageCode.FromStored), new ListComparer<LanguageCode>());
        builder.Property<List<PostcodeDistrict>>("_areasServed").HasColumnName("areas_served").HasConversion(Json<PostcodeDistrict>(a => a.Value, PostcodeDistrict.FromStored), new ListComparer<PostcodeDistrict>());
        builder.OwnsOne(p => p.SafeguardingCheck, check =>
        {
            // Kept in the profile's row: its key is the profile's id column.
            check.Property<Id<BrokerProfile>>("BrokerProfileId").HasColumnName("id");
            check.Property(c => c.CheckedOn).HasColumnName("check_done_on");
            check.Property(c => c.ExpiresOn).HasColumnName("check_expires_on");
            check.Property(c => c.RecordedBy).HasColumnName("check_recorded_by");
            check.Property(c => c.RecordedAt).HasColumnName("check_recorded_at");
            check.HasOne<Member>().WithMany().HasForeignKey(c => c.RecordedBy).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(p => p.SafeguardingCheck).IsRequired(false);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.OrganisationId, p.MemberId }).IsUnique();
        builder.HasIndex(p => p.MemberId);
    }

    private static ValueConverter<List<T>, string> Json<T>(Func<T, string> write, Func<string, T> read)
        => new(list => JsonSerializer.Serialize(list.Select(write), JsonSerializerOptions.Default),
            text => (JsonSerializer.Deserialize<List<string>>(text, JsonSerializerOptions.Default) ?? new List<string>()).Select(read).ToList(),
            new ConverterMappingHints(size: 4_000));
}

/// <summary>Lists compare by their items, so changing a profile's skills is seen as a change.</summary>
internal sealed class ListComparer<T>() : ValueComparer<List<T>>((a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, i) => HashCode.Combine(h, i)), l => l.ToList());

internal sealed class BrokerTermConfiguration : IEntityTypeConfiguration<BrokerTerm>
{
    public void Configure(EntityTypeBuilder<BrokerTerm> builder)
    {
        builder.ToTable("broker_terms");
        builder.HasKey(t => new { t.ProfileId, t.Kind, t.Value });
        builder.Property(t => t.Kind).HasConversion<int>();
        builder.Property(t => t.Value).HasMaxLength(BrokerProfile.SkillMaxLength);
        builder.HasOne<BrokerProfile>().WithMany().HasForeignKey(t => t.ProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.Kind, t.Value, t.ProfileId });
    }
}

internal sealed class AccreditationConfiguration : IEntityTypeConfiguration<Accreditation>
{
    public void Configure(EntityTypeBuilder<Accreditation> builder)
    {
        builder.ToTable("broker_accreditations");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Name).HasMaxLength(Accreditation.NameMaxLength);
        builder.Property(a => a.SourceDescription).HasMaxLength(Accreditation.SourceDescriptionMaxLength);
        builder.Property(a => a.Source).HasConversion<int>();
        builder.HasOne<BrokerProfile>().WithMany().HasForeignKey(a => a.BrokerProfileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(a => a.RecordedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.BrokerProfileId, a.AwardedOn });
        builder.HasIndex(a => a.CourseCompletionId).IsUnique();
    }
}
