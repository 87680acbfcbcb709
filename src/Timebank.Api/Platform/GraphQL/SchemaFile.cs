using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Timebank.Api.Platform.GraphQL;

/// <summary>The committed SDL (schema/schema.graphql) and the command that rewrites it: <c>dotnet run --project src/Timebank.Api -- print-schema schema/schema.graphql</c>.</summary>
public static class SchemaFile
{
    public static string Print(ISchema schema)
        => schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal })
            .ReplaceLineEndings("\n").TrimEnd() + "\n";

    public static async Task PrintAsync(IServiceProvider services, string[] args)
    {
        var sdl = Print(services.GetRequiredService<ISchema>());
        if (args.Length > 1)
            await File.WriteAllTextAsync(FromRepositoryRoot(args[1]), sdl);
        else
            await Console.Out.WriteAsync(sdl);
    }

    /// <summary>`dotnet run` starts in the project folder, so a relative path is taken from the repository root.</summary>
    private static string FromRepositoryRoot(string path)
    {
        if (Path.IsPathRooted(path))
            return path;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Timebank.sln")))
                return Path.Combine(dir.FullName, path);
        }
        return path;
    }
}
