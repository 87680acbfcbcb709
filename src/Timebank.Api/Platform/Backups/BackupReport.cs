using System.Globalization;

namespace Timebank.Api.Platform.Backups;

/// <summary>How the commands say what they wrote: the file, its size and the time taken.</summary>
internal static class BackupReport
{
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F1} KiB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):F1} MiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):F2} GiB"),
    };

    public static string Seconds(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:F2} s");

    /// <summary>Runs a backup or restore, printing a refusal (not a stack trace) and answering 1 when it is refused.</summary>
    public static async Task<int> RunAsync(Func<Task<string>> work)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var done = await work();
            Console.WriteLine($"{done} in {Seconds(clock.Elapsed)}");
            return 0;
        }
        catch (BackupRefusedException refused)
        {
            await Console.Error.WriteLineAsync(refused.Message);
            return 1;
        }
    }
}
