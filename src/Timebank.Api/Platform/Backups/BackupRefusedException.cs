namespace Timebank.Api.Platform.Backups;

/// <summary>Why a backup or restore was refused or failed, worded for the person running the command.</summary>
public sealed class BackupRefusedException(string message) : Exception(message);
