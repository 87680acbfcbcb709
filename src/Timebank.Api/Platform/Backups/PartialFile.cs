namespace Timebank.Api.Platform.Backups;

/// <summary>
/// A file written under a temporary name beside its destination, readable by its owner only, and given the
/// destination's name only once complete: a stopped run never leaves a half-written file that looks finished.
/// </summary>
internal sealed class PartialFile : IDisposable
{
    private readonly bool _overwrite;
    private bool _published;

    private PartialFile(string destination, string path, bool overwrite)
    {
        Destination = destination;
        Path = path;
        _overwrite = overwrite;
    }

    public string Destination { get; }

    public string Path { get; }

    public static PartialFile Begin(string destination, bool overwrite)
    {
        var full = System.IO.Path.GetFullPath(destination);
        if (!overwrite && File.Exists(full))
            throw new BackupRefusedException($"{full} already exists. Choose another file, or add --overwrite true to replace it.");
        var folder = System.IO.Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
            throw new BackupRefusedException($"The folder {folder} does not exist.");
        var partial = $"{full}.{Guid.NewGuid():N}.partial";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        // A backup holds every member's details and the signing key: nobody but the owner may read it.
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (new FileStream(partial, options))
        {
        }
        return new PartialFile(full, partial, overwrite);
    }

    /// <summary>Opens the (owner-only) partial file to be written from the start.</summary>
    public FileStream OpenWrite() => new(Path, FileMode.Truncate, FileAccess.Write);

    public FileInfo Publish()
    {
        try
        {
            File.Move(Path, Destination, _overwrite);
        }
        catch (IOException) when (!_overwrite && File.Exists(Destination))
        {
            throw new BackupRefusedException($"{Destination} appeared while the copy was written; nothing was replaced. Choose another file, or add --overwrite true.");
        }
        _published = true;
        return new FileInfo(Destination);
    }

    public void Dispose()
    {
        if (!_published)
            File.Delete(Path);
    }
}
