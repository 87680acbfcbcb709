using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timebank.Domain.Brokerage;
using Timebank.Domain.Directory;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Brokerage.Requests;

internal sealed class BrokerageRequestConfiguration : IEntityTypeConfiguration<BrokerageRequest>
{
    public void Configure(EntityTypeBuilder<BrokerageRequest> builder)
    {
        builder.ToTable("brokerage_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property<BrokerageRequestState>("_state").HasColumnName("state").HasConversion<int>();
        builder.Ignore(r => r.State).Ignore(r => r.Outcome).Ignore(r => r.OutcomeNote).Ignore(r => r.MinutesGiven)
            .Ignore(r => r.ClosedBy).Ignore(r => r.ClosedAt).Ignore(r => r.ClosedOn).Ignore(r => r.PersonMemberId).Ignore(r => r.LoggedMinutes);
        builder.Property(r => r.WhatToArrange).HasMaxLength(BrokerageRequest.WhatToArrangeMaxLength);
        builder.Property(r => r.Area).HasConversion(a => a.Value, v => PostcodeDistrict.FromStored(v)).HasMaxLength(PostcodeDistrict.MaxLength);
        builder.Property(r => r.PreferredLanguage).HasConversion(l => l!.Value, v => LanguageCode.FromStored(v)).HasMaxLength(LanguageCode.MaxLength);
        builder.Property(r => r.PreferredFormat).HasConversion<int>();
        builder.OwnsOne(r => r.OnBehalfOf, person =>
        {
            // Kept in the request's row: its key is the request's id column.
            person.Property<Id<BrokerageRequest>>("BrokerageRequestId").HasColumnName("id");
            person.Property(p => p.Name).HasColumnName("on_behalf_of_name").HasMaxLength(SupportedPerson.NameMaxLength);
            person.Property(p => p.MemberId).HasColumnName("on_behalf_of_member_id");
            person.Property(p => p.ConsentGivenOn).HasColumnName("consent_given_on");
            person.Property(p => p.HowConsentWasGiven).HasColumnName("how_consent_was_given").HasMaxLength(SupportedPerson.ConsentMaxLength);
            person.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(r => r.OnBehalfOf).IsRequired(false);
        builder.HasMany(r => r.Invites).WithOne().HasForeignKey(i => i.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Sessions).WithOne().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Closure).WithOne().HasForeignKey<BrokerageClosure>(c => c.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.Invites).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.Sessions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.RequestedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.ChosenBrokerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.WithdrawnBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.OrganisationId, r.RequestedOn });
        builder.HasIndex(r => new { r.RequestedBy, r.Id });
    }
}

internal sealed class BrokerageInviteConfiguration : IEntityTypeConfiguration<BrokerageInvite>
{
    public void Configure(EntityTypeBuilder<BrokerageInvite> builder)
    {
        builder.ToTable("brokerage_invites");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Status).HasConversion<int>();
        builder.Property(i => i.Note).HasMaxLength(BrokerageInvite.NoteMaxLength);
        builder.HasOne<BrokerProfile>().WithMany().HasForeignKey(i => i.BrokerProfileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(i => i.BrokerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.RequestId, i.BrokerId }).IsUnique();
        builder.HasIndex(i => new { i.BrokerId, i.Id });
    }
}

internal sealed class BrokerageSessionConfiguration : IEntityTypeConfiguration<BrokerageSession>
{
    public void Configure(EntityTypeBuilder<BrokerageSession> builder)
    {
        builder.ToTable("brokerage_sessions", t => t.HasCheckConstraint("ck_brokerage_sessions_minutes", "minutes BETWEEN 1 AND 720"));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Note).HasMaxLength(BrokerageSession.NoteMaxLength);
        builder.HasOne<Member>().WithMany().HasForeignKey(s => s.LoggedBy).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BrokerageClosureConfiguration : IEntityTypeConfiguration<BrokerageClosure>
{
    public void Configure(EntityTypeBuilder<BrokerageClosure> builder)
    {
        // One row per request: the key itself refuses a second close that raced past the check.
        builder.ToTable("brokerage_closures", t => t.HasCheckConstraint("ck_brokerage_closures_minutes", "minutes_given >= 0"));
        builder.HasKey(c => c.RequestId);
        builder.Property(c => c.Outcome).HasConversion<int>();
        builder.Property(c => c.Note).HasMaxLength(BrokerageRequest.OutcomeNoteMaxLength);
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.ClosedBy).OnDelete(DeleteBehavior.Restrict);
    }
}
