namespace Timebank.Api.Platform.Persistence;

/// <summary>Bound from <c>Timebank</c> configuration: where data lives and which store holds it.</summary>
public sealed class TimebankStorageOptions
{
    public const string Section = "Timebank";

    /// <summary>Holds the SQLite file (and with it, unless one is configured, the signing key); a relative path is taken from the content root.</summary>
    public string DataDirectory { get; set; } = "./data";

    public DatabaseOptions Database { get; set; } = new();

    public string DataDirectoryFullPath => Path.GetFullPath(DataDirectory);
}

public sealed class DatabaseOptions
{
    public StoreKind Provider { get; set; } = StoreKind.Sqlite;

    /// <summary>Apply pending migrations when the API starts (the embedded default wants this; a managed deployment may not).</summary>
    public bool MigrateOnStart { get; set; } = true;
}
