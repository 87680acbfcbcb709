namespace Timebank.Api.Tests.Infrastructure;

/// <summary>The repository's committed contract: schema/schema.graphql and the operations in schema/operations.</summary>
public static class Operations
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SchemaPath => Path.Combine(RepositoryRoot, "schema", "schema.graphql");

    public static string Directory => Path.Combine(RepositoryRoot, "schema", "operations");

    public static string Load(string name) => File.ReadAllText(Path.Combine(Directory, name + ".graphql"));

    public static IEnumerable<string> All() => System.IO.Directory.EnumerateFiles(Directory, "*.graphql").Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Timebank.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Run the tests from inside the repository (Timebank.sln not found above " + AppContext.BaseDirectory + ").");
    }
}
