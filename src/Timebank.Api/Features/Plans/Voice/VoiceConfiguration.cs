using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Voice;

namespace Timebank.Api.Features.Plans.Voice;

internal sealed class ClientVoiceItemConfiguration : IEntityTypeConfiguration<ClientVoiceItem>
{
    public void Configure(EntityTypeBuilder<ClientVoiceItem> builder)
    {
        builder.ToTable("client_voice_items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Kind).HasConversion<int>();
        builder.Property(i => i.Light).HasConversion<int?>();
        builder.Property(i => i.RaisedAs).HasConversion<int>();
        builder.Property(i => i.Status).HasConversion<int>();
        builder.Property(i => i.Text).HasMaxLength(ClientVoiceItem.TextMaxLength);
        builder.Property(i => i.Event).HasMaxLength(ClientVoiceItem.EventMaxLength);
        builder.Property(i => i.WhatWasDone).HasMaxLength(ClientVoiceItem.DoneMaxLength);
        // Two staff moving one item at once: the second starts again from what the first left.
        builder.Property<int>(TimebankDbContext.VersionProperty).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(i => i.RaisedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(i => i.UpdatedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.OrganisationId, i.RaisedAt });
    }
}

internal sealed class ChampionRoleConfiguration : IEntityTypeConfiguration<ChampionRole>
{
    public void Configure(EntityTypeBuilder<ChampionRole> builder)
    {
        builder.ToTable("champion_roles");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Name).HasMaxLength(ChampionRole.NameMaxLength);
        builder.Property(r => r.Purpose).HasMaxLength(ChampionRole.PurposeMaxLength);
        // Assigning and handing over both move LatestHoldingId: racing writers cannot both start a holding.
        builder.Property<int>(TimebankDbContext.VersionProperty).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.DefinedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.OrganisationId, r.Name }).IsUnique();
    }
}

internal sealed class ChampionHoldingConfiguration : IEntityTypeConfiguration<ChampionHolding>
{
    public void Configure(EntityTypeBuilder<ChampionHolding> builder)
    {
        builder.ToTable("champion_holdings");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.HandoverNote).HasMaxLength(ChampionHolding.NoteMaxLength);
        builder.HasOne<ChampionRole>().WithMany().HasForeignKey(h => h.RoleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(h => h.HolderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(h => h.AssignedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(h => h.HandedOverTo).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => h.RoleId);
    }
}
